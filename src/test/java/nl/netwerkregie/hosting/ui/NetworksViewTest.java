package nl.netwerkregie.hosting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.hosting.NetworkAdministration;
import nl.netwerkregie.hosting.NetworkForm;
import nl.netwerkregie.hosting.NetworkRow;
import nl.netwerkregie.hosting.RulesTemplate;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.network.NetworkRulesVersion;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.people.PersonRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operator's Netwerken page, without a browser: its dialogs, and what they keep after a refusal. */
class NetworksViewTest extends UiTest {

    @Autowired NetworkAdministration administration;
    @Autowired NetworkRules rules;
    @Autowired PeopleQueries people;
    @Autowired Clock clock;

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    @SuppressWarnings("unchecked")
    private List<NetworkRow> rows() {
        Grid<NetworkRow> grid = _get(Grid.class, spec -> spec.withId("networks-grid"));
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    /** The component of a network's row in the actions column (the grid renders cells only on demand). */
    @SuppressWarnings("unchecked")
    private <T extends com.vaadin.flow.component.Component> T action(String networkId, String componentId) {
        Grid<NetworkRow> grid = _get(Grid.class, spec -> spec.withId("networks-grid"));
        int row = rows().stream().map(NetworkRow::id).toList().indexOf(networkId);
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        return (T) actions.getChildren().filter(c -> c.getId().orElse("").equals(componentId)).findFirst()
                .orElseThrow();
    }

    private String networkWithCoordinator() {
        String id = unique("scherm");
        administration.addNetwork(new NetworkForm(id, "Netwerk " + id, RulesTemplate.UTRECHT, null, "Ilse",
                "van Dam", id + "@example.org"));
        return id;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOperatorAddsANetworkFromATemplateWithTheIdAndNameInItsRules() {
        login("beheerder");
        UI.getCurrent().navigate(NetworksView.class);
        assertThat(rows()).extracting(NetworkRow::id).contains("twente");
        _click(_get(Button.class, spec -> spec.withId("network-add")));
        _get(Select.class, spec -> spec.withId("network-template")).setValue(RulesTemplate.UTRECHT);
        String id = unique("utrecht-scherm");
        _get(TextField.class, spec -> spec.withId("network-id")).setValue(id);
        _get(TextField.class, spec -> spec.withId("network-name")).setValue("Netwerk Utrecht " + id);
        String text = _get(TextArea.class, spec -> spec.withId("network-rules")).getValue();
        assertThat(text).contains("id: " + id).contains("name: Netwerk Utrecht " + id)
                .contains("boardName: Stuurgroep");
        _get(TextField.class, spec -> spec.withId("coordinator-first-name")).setValue("Ilse");
        _get(TextField.class, spec -> spec.withId("coordinator-last-name")).setValue("van Dam");
        _get(EmailField.class, spec -> spec.withId("coordinator-email")).setValue(id + "@npzutrecht.example");
        _click(_get(Button.class, spec -> spec.withId("network-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(rows()).filteredOn(n -> n.id().equals(id)).singleElement()
                .satisfies(n -> assertThat(n.boardName()).isEqualTo("Stuurgroep"));
        assertThat(CurrentNetwork.as(id, people::all)).extracting(PersonRow::email)
                .containsExactly(id + "@npzutrecht.example");
        assertThat(this.<Anchor>action(id, "rules-download-" + id).getText()).isEqualTo("Regels downloaden");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedNetworkKeepsEverythingTyped() {
        login("beheerder");
        UI.getCurrent().navigate(NetworksView.class);
        _click(_get(Button.class, spec -> spec.withId("network-add")));
        _get(TextField.class, spec -> spec.withId("network-id")).setValue("twente");
        _get(TextField.class, spec -> spec.withId("network-name")).setValue("Nog een Twente");
        TextArea rulesText = _get(TextArea.class, spec -> spec.withId("network-rules"));
        String edited = rulesText.getValue().replace("quorum: 0", "quorum: 4");
        rulesText.setValue(edited);
        _get(TextField.class, spec -> spec.withId("coordinator-last-name")).setValue("Jansen");
        _get(EmailField.class, spec -> spec.withId("coordinator-email")).setValue("jansen@example.org");
        _click(_get(Button.class, spec -> spec.withId("network-save")));

        NotificationsKt.expectNotifications("Er is al een netwerk met de code twente. Kies een andere code.");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withId("network-id")).getValue()).isEqualTo("twente");
        assertThat(_get(TextField.class, spec -> spec.withId("network-name")).getValue()).isEqualTo("Nog een Twente");
        assertThat(rulesText.getValue()).isEqualTo(edited);
        assertThat(_get(TextField.class, spec -> spec.withId("coordinator-last-name")).getValue()).isEqualTo("Jansen");
        assertThat(_get(EmailField.class, spec -> spec.withId("coordinator-email")).getValue())
                .isEqualTo("jansen@example.org");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRuleChangeNeedsAReasonAndIsRecordedFromTheChosenDay() {
        login("beheerder");
        String id = networkWithCoordinator();
        UI.getCurrent().navigate(NetworksView.class);
        _click(this.<Button>action(id, "rules-change-" + id));
        TextArea text = _get(TextArea.class, spec -> spec.withId("rules-text"));
        assertThat(text.getValue()).contains("id: " + id).contains("votingPeriod: P14D");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        assertThat(_get(DatePicker.class, spec -> spec.withId("rules-valid-from")).getValue()).isEqualTo(tomorrow);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("rules-history")))).isEqualTo(1);
        String changed = text.getValue().replace("votingPeriod: P14D", "votingPeriod: P21D");
        text.setValue(changed);
        _click(_get(Button.class, spec -> spec.withId("rules-save")));

        NotificationsKt.expectNotifications(
                "Vul de reden van de wijziging in: die komt in de geschiedenis van de regels.");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(text.getValue()).isEqualTo(changed);
        _get(TextField.class, spec -> spec.withId("rules-reason")).setValue("Stuurgroep 12 maart");
        _click(_get(Button.class, spec -> spec.withId("rules-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(rules.on(id, tomorrow).votingPeriod()).hasDays(21);
        assertThat(rules.of(id).votingPeriod()).as("not yet in force").hasDays(14);
        _click(this.<Button>action(id, "rules-change-" + id));
        Grid<NetworkRulesVersion> history = _get(Grid.class, spec -> spec.withId("rules-history"));
        assertThat(GridKt._fetch(history, 0, GridKt._size(history))).extracting(NetworkRulesVersion::getReason)
                .containsExactly("Stuurgroep 12 maart", "registered");
    }

    @Test
    void theOperatorInvitesAnotherCoordinatorAndARefusalKeepsTheForm() {
        login("beheerder");
        String id = networkWithCoordinator();
        UI.getCurrent().navigate(NetworksView.class);
        _click(this.<Button>action(id, "invite-coordinator-" + id));
        _get(TextField.class, spec -> spec.withId("coordinator-last-name")).setValue("Bos");
        _get(EmailField.class, spec -> spec.withId("coordinator-email")).setValue("geen-adres");
        _click(_get(Button.class, spec -> spec.withId("coordinator-send")));
        NotificationsKt.expectNotifications("Dit is geen geldig e-mailadres.");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withId("coordinator-last-name")).getValue()).isEqualTo("Bos");

        _get(EmailField.class, spec -> spec.withId("coordinator-email")).setValue("bos-" + id + "@example.org");
        _click(_get(Button.class, spec -> spec.withId("coordinator-send")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(CurrentNetwork.as(id, people::all)).extracting(PersonRow::email).contains("bos-" + id + "@example.org");
    }

    @Test
    void aCoordinatorDoesNotReachThePage() {
        login("coordinator1");
        assertRefused(() -> UI.getCurrent().navigate(NetworksView.class));
        assertThat(_find(Grid.class, spec -> spec.withId("networks-grid"))).isEmpty();
    }
}
