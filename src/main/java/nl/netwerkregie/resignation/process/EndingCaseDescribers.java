package nl.netwerkregie.resignation.process;

import nl.netwerkregie.resignation.MembershipEnding;
import nl.netwerkregie.resignation.ResignationQueries;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Task lists show resignations and terminations with the organisation's name, linking to its page. */
@Configuration
class EndingCaseDescribers {

    @Bean
    CaseDescriber resignationCases(ResignationQueries endings) {
        return describer(EndingProcesses.RESIGNATION_PROCESS, "case.resignation", endings);
    }

    @Bean
    CaseDescriber terminationCases(ResignationQueries endings) {
        return describer(EndingProcesses.TERMINATION_PROCESS, "case.termination", endings);
    }

    private static CaseDescriber describer(String process, String caseTypeKey, ResignationQueries endings) {
        return new CaseDescriber() {
            @Override
            public String processDefinitionKey() {
                return process;
            }

            @Override
            public java.util.Collection<String> keysMatching(String text) {
                return endings.idsOfOrganisationsNamedLike(text).stream().map(String::valueOf).toList();
            }

            @Override
            public String caseTypeKey() {
                return caseTypeKey;
            }

            @Override
            public java.util.Map<String, CaseSummary> describeAll(java.util.Collection<String> businessKeys) {
                java.util.Map<String, CaseSummary> summaries = new java.util.HashMap<>();
                endings.organisationsOf(CaseDescriber.ids(businessKeys)).forEach((id, organisation) -> summaries.put(
                        String.valueOf(id), new CaseSummary(caseTypeKey, organisation.name(),
                                "organisaties/" + organisation.id())));
                return summaries;
            }

            @Override
            public CaseSummary describe(String businessKey) {
                MembershipEnding ending = endings.get(Long.parseLong(businessKey));
                return new CaseSummary(caseTypeKey, endings.organisationOf(ending).getName(),
                        "organisaties/" + ending.getOrganisationId());
            }
        };
    }
}
