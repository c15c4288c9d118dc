package nl.netwerkregie.annualreport;

import java.util.List;
import nl.netwerkregie.membership.MembersOfTheYear;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/** The year's members as the report shows them: counts at both ends of the year and who came, stayed and went. */
@Component
class MembershipOfTheYear {

    private final MembersOfTheYear members;
    private final TranslationProvider translations;

    MembershipOfTheYear(MembersOfTheYear members, TranslationProvider translations) {
        this.members = members;
        this.translations = translations;
    }

    YearFigures.Members of(int year) {
        MembersOfTheYear.Year of = members.of(year);
        return new YearFigures.Members(of.membersAtStart(), of.membersAtEnd(),
                changes(of.of(MembersOfTheYear.Kind.ADMITTED)),
                changes(of.of(MembersOfTheYear.Kind.TRIAL_COMPLETED)),
                changes(of.of(MembersOfTheYear.Kind.ENDED)));
    }

    /** A reason recorded as a text key ("admission.reason.ended") reads as its Dutch text. */
    private List<YearFigures.MemberChange> changes(List<MembersOfTheYear.Change> changes) {
        return changes.stream().map(c -> new YearFigures.MemberChange(c.organisation(), c.date(),
                c.reason() != null && c.reason().matches("[a-zA-Z]+(\\.[a-zA-Z]+)+") ? translations.dutch(c.reason())
                        : c.reason())).toList();
    }
}
