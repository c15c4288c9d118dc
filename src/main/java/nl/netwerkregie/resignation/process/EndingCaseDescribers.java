package nl.netwerkregie.resignation.process;

import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.resignation.MembershipEnding;
import nl.netwerkregie.resignation.ResignationService;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Task lists show resignations and terminations with the organisation's name, linking to its page. */
@Configuration
class EndingCaseDescribers {

    @Bean
    CaseDescriber resignationCases(ResignationService endings, OrganisationService organisations) {
        return describer(EndingProcesses.RESIGNATION_PROCESS, "case.resignation", endings, organisations);
    }

    @Bean
    CaseDescriber terminationCases(ResignationService endings, OrganisationService organisations) {
        return describer(EndingProcesses.TERMINATION_PROCESS, "case.termination", endings, organisations);
    }

    private static CaseDescriber describer(String process, String caseTypeKey, ResignationService endings,
            OrganisationService organisations) {
        return new CaseDescriber() {
            @Override
            public String processDefinitionKey() {
                return process;
            }

            @Override
            public CaseSummary describe(String businessKey) {
                MembershipEnding ending = endings.get(Long.parseLong(businessKey));
                return new CaseSummary(caseTypeKey, organisations.get(ending.getOrganisationId()).getName(),
                        "organisaties/" + ending.getOrganisationId());
            }
        };
    }
}
