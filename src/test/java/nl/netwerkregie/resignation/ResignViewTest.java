package nl.netwerkregie.resignation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.membership.MembershipSteps;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.resignation.ui.ResignView;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ResignViewTest extends UiTest {

    @Autowired OrganisationService organisations;
    @Autowired ResignationQueries endings;
    @Autowired ResignationService resignations;
    @Autowired MembershipSteps membership;
    @Autowired Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void showsTheEndDateAndRequiresReasonsKeepingTheChoice() {
        String name = "Hospice Oldenzaal " + System.nanoTime();
        long id = organisations.create(new OrganisationDetails(name, OrganisationKind.HOSPICE, "Oldenzaal",
                new BigDecimal("10"), 40, false, "B", "b@example.org",
                List.of(new OrganisationDetails.Contact("C", "c@example.org", null, "contact2"))), OrganisationStatus.MEMBER, "t", "t");
        login("contact2");
        UI.getCurrent().navigate(ResignView.class);
        ComboBox<Organisation> organisation = _get(ComboBox.class, spec -> spec.withId("resign-organisation"));
        organisation.setValue(organisation.getListDataView().getItems().filter(o -> o.getId() == id).findFirst().orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("resign-end-date")).getText())
                .startsWith("Als u vandaag opzegt, loopt het lidmaatschap tot en met ")
                .contains(String.valueOf(endings.endDateIfResignedToday().getYear()));
        _click(_get(Button.class, spec -> spec.withId("resign-submit")));
        TextArea reasons = _get(TextArea.class, spec -> spec.withId("resign-reasons"));
        assertThat(reasons.isInvalid()).isTrue();
        assertThat(reasons.getErrorMessage()).isEqualTo("Geef de redenen op.");
        assertThat(organisation.getValue().getId()).isEqualTo(id);
        assertThat(endings.openEndingOf(id)).isEmpty();
    }

    /** A member organisation whose contact person is the given user, created today. */
    private long member(String contactUser) {
        return organisations.create(new OrganisationDetails("Hospice Delden " + System.nanoTime(), OrganisationKind.HOSPICE,
                "Hof van Twente", new BigDecimal("12"), 30, false, "B", "b@example.org",
                List.of(new OrganisationDetails.Contact("C", "c@example.org", null, contactUser))), OrganisationStatus.MEMBER, "t", "t");
    }

    @SuppressWarnings("unchecked")
    private void choose(long organisationId) {
        UI.getCurrent().navigate(ResignView.class);
        ComboBox<Organisation> organisation = _get(ComboBox.class, spec -> spec.withId("resign-organisation"));
        organisation.setValue(organisation.getListDataView().getItems().filter(o -> o.getId() == organisationId)
                .findFirst().orElseThrow());
    }

    private static String date(LocalDate date) {
        return Formats.date(date, TranslationProvider.DUTCH);
    }

    @Test
    void theConfirmationShowsTheEndDateAndCancellingStartsNothingAndKeepsTheReasons() {
        long id = member("contact2");
        login("contact2");
        choose(id);
        _get(TextArea.class, spec -> spec.withId("resign-reasons")).setValue("Wij fuseren met Hospice Markelo.");
        _click(_get(Button.class, spec -> spec.withId("resign-submit")));

        ConfirmDialog confirmation = _get(ConfirmDialog.class, spec -> spec.withId("resign-confirmation"));
        assertThat(confirmation.isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("resign-confirmation-text")).getText())
                .startsWith("U zegt het lidmaatschap van Hospice Delden")
                .contains("Het lidmaatschap loopt tot en met " + date(endings.endDateIfResignedToday()) + "; tot en met die dag");
        assertThat(endings.openEndingOf(id)).as("nothing is sent before the answer").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("resign-confirmation-cancel")));
        assertThat(confirmation.isOpened()).isFalse();
        assertThat(endings.openEndingOf(id)).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("resign-reasons")).getValue()).isEqualTo("Wij fuseren met Hospice Markelo.");

        _click(_get(Button.class, spec -> spec.withId("resign-submit")));
        _click(_get(Button.class, spec -> spec.withId("resign-confirmation-confirm")));
        assertThat(endings.openEndingOf(id)).hasValueSatisfying(e -> {
            assertThat(e.getReasons()).isEqualTo("Wij fuseren met Hospice Markelo.");
            assertThat(e.getEndDate()).isEqualTo(endings.endDateIfResignedToday());
        });
        assertThat(_find(DatePicker.class, spec -> spec.withId("resign-received-on"))).as("a contact's own is received today").isEmpty();
    }

    @Test
    void aCoordinatorRecordsALetterOnTheMembersBehalfWithTheDayItWasReceived() {
        long id = member("contact2");
        membership.changeStatus(id, OrganisationStatus.MEMBER, LocalDate.of(2020, 1, 1), "Lid sinds 2020", "t");
        String name = organisations.get(id).getName();
        login("coordinator1");
        choose(id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("resign-intro")).getText())
                .startsWith("Leg hier een opzegging vast die per brief of e-mail is binnengekomen, namens de organisatie.")
                .doesNotContain("uw organisatie");
        DatePicker receivedOn = _get(DatePicker.class, spec -> spec.withId("resign-received-on"));
        LocalDate today = LocalDate.now(clock);
        assertThat(receivedOn.getValue()).isEqualTo(today);
        assertThat(receivedOn.getMax()).isEqualTo(today);
        assertThat(receivedOn.getMin()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(_get(TextArea.class, spec -> spec.withId("resign-reasons")).getLabel()).isEqualTo("Redenen die de organisatie opgeeft");
        assertThat(_get(Button.class, spec -> spec.withId("resign-submit")).getText()).isEqualTo("Opzegging vastleggen");

        LocalDate yesterday = today.minusDays(1);
        receivedOn.setValue(yesterday);
        assertThat(_get(Span.class, spec -> spec.withId("resign-end-date")).getText()).isEqualTo("De opzegging van " + name
                + " is ontvangen op " + date(yesterday) + "; het lidmaatschap loopt dan tot en met "
                + date(endings.endDateIfReceivedOn(yesterday)) + ".");
        _get(TextArea.class, spec -> spec.withId("resign-reasons")).setValue("Brief van de bestuurder.");
        _click(_get(Button.class, spec -> spec.withId("resign-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("resign-confirmation-text")).getText())
                .isEqualTo("U legt de opzegging van " + name + " vast, ontvangen op " + date(yesterday) + ". Het lidmaatschap loopt tot en met "
                        + date(endings.endDateIfReceivedOn(yesterday)) + "; tot en met die dag blijft " + name
                        + " lid en blijft de contributie van dat jaar verschuldigd.");
        _click(_get(Button.class, spec -> spec.withId("resign-confirmation-confirm")));
        assertThat(endings.openEndingOf(id)).hasValueSatisfying(e -> {
            assertThat(e.getReceivedOn()).isEqualTo(yesterday);
            assertThat(e.isRecordedOnBehalf()).isTrue();
        });
    }

    @Test
    void aFutureReceivedDateIsRefusedAtTheFieldBeforeAnyConfirmation() {
        long id = member("contact2");
        login("coordinator1");
        choose(id);
        DatePicker receivedOn = _get(DatePicker.class, spec -> spec.withId("resign-received-on"));
        receivedOn.setValue(LocalDate.now(clock).plusDays(2));
        _get(TextArea.class, spec -> spec.withId("resign-reasons")).setValue("Brief.");
        _click(_get(Button.class, spec -> spec.withId("resign-submit")));
        assertThat(receivedOn.isInvalid()).isTrue();
        assertThat(receivedOn.getErrorMessage()).isEqualTo("De datum van ontvangst kan niet in de toekomst liggen.");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(endings.openEndingOf(id)).isEmpty();
    }

    @Test
    void withdrawingAsksFirstAndSaysTheMembershipContinues() {
        long id = member("contact2");
        login("contact2");
        long endingId = resignations.resign(id, "Wij stoppen.");
        choose(id);
        _click(_get(Button.class, spec -> spec.withId("resign-withdraw")));
        ConfirmDialog confirmation = _get(ConfirmDialog.class, spec -> spec.withId("withdraw-confirmation"));
        assertThat(confirmation.isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("withdraw-confirmation-text")).getText())
                .contains("Het lidmaatschap loopt dan gewoon door", date(endings.get(endingId).getEndDate()));
        assertThat(endings.get(endingId).getStatus()).isEqualTo(EndingStatus.RECEIVED);

        _click(_get(Button.class, spec -> spec.withId("withdraw-confirmation-cancel")));
        assertThat(endings.get(endingId).getStatus()).as("cancelled: still resigned").isEqualTo(EndingStatus.RECEIVED);

        _click(_get(Button.class, spec -> spec.withId("resign-withdraw")));
        _click(_get(Button.class, spec -> spec.withId("withdraw-confirmation-confirm")));
        assertThat(endings.get(endingId).getStatus()).isEqualTo(EndingStatus.WITHDRAWN);
    }
}
