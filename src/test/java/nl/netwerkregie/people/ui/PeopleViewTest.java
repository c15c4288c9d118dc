package nl.netwerkregie.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;


import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.people.PeopleService;
import nl.netwerkregie.people.PersonForm;
import nl.netwerkregie.people.PersonRow;
import nl.netwerkregie.people.PersonState;
import nl.netwerkregie.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Mensen page and the forgotten-password page, without a browser. */
class PeopleViewTest extends UiTest {

    @Autowired PeopleService people;
    @Autowired PeopleQueries queries;

    @SuppressWarnings("unchecked")
    private List<PersonRow> rows() {
        Grid<PersonRow> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    void aRefusedInvitationKeepsWhatWasTyped() {
        login("coordinator1");
        UI.getCurrent().navigate(PeopleView.class);
        assertThat(rows()).extracting(PersonRow::username).contains("bestuur1", "contact1");
        _click(_get(Button.class, spec -> spec.withId("people-invite")));
        _get(TextField.class, spec -> spec.withId("invite-first-name")).setValue("Anouk");
        _get(TextField.class, spec -> spec.withId("invite-last-name")).setValue("Jansen-Twee");
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("coordinator1@netwerkregie.example");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        NotificationsKt.expectNotifications("Er is al een persoon met e-mailadres coordinator1@netwerkregie.example. "
                + "Zoek die persoon op in de lijst (of nodig die opnieuw uit).");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withId("invite-last-name")).getValue()).isEqualTo("Jansen-Twee");
    }

    @Test
    void aCoordinatorDeactivatesAfterConfirming() {
        login("coordinator1");
        long id = people.inviteByHand(new PersonForm("Gijs", "Vertrekt", "g.vertrekt@example.org", null,
                Set.of(Role.SECRETARY))).personId();
        UI.getCurrent().navigate(PeopleView.class);
        int row = rows().stream().map(PersonRow::id).toList().indexOf(id);
        Grid<PersonRow> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        Button deactivate = (Button) actions.getChildren().filter(c -> c.getId().orElse("").startsWith("deactivate-"))
                .findFirst().orElseThrow();
        _click(deactivate);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(queries.byUsername("gvertrekt").orElseThrow().state()).isEqualTo(PersonState.INVITED);
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(queries.byUsername("gvertrekt").orElseThrow().state()).isEqualTo(PersonState.DEACTIVATED);
        assertThat(rows().stream().filter(p -> p.id() == id).findFirst().orElseThrow().state())
                .isEqualTo(PersonState.DEACTIVATED);
    }

    @Test
    void theSecretaryReadsButInvitesNobody() {
        login("secretaris");
        UI.getCurrent().navigate(PeopleView.class);
        assertThat(rows()).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("people-invite"))).isEmpty();
    }

    @Test
    void theForgottenPasswordPageSaysTheSameForAnyAddress() {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _get(TextField.class, spec -> spec.withId("forgot-address")).setValue("nobody@nowhere.example");
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("forgot-sent")).getText())
                .startsWith("Als er een account bij nobody@nowhere.example hoort");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorChangesTheAccountRoles() {
        login("coordinator1");
        long id = people.inviteByHand(new PersonForm("Rik", "Rollen", "r.rollen@example.org", null,
                Set.of(Role.MEMBER_CONTACT))).personId();
        UI.getCurrent().navigate(PeopleView.class);
        int row = rows().stream().map(PersonRow::id).toList().indexOf(id);
        Grid<PersonRow> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        _click((Button) actions.getChildren().filter(c -> c.getId().orElse("").equals("roles-rrollen"))
                .findFirst().orElseThrow());
        com.vaadin.flow.component.checkbox.CheckboxGroup<Role> roles =
                _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("roles-choice"));
        assertThat(roles.getValue()).containsExactly(Role.MEMBER_CONTACT);
        roles.setValue(Set.of(Role.SECRETARY, Role.MEMBER_CONTACT));
        _click(_get(Button.class, spec -> spec.withId("roles-save")));

        assertThat(queries.byUsername("rrollen").orElseThrow().accountRoles())
                .containsExactlyInAnyOrder(Role.SECRETARY, Role.MEMBER_CONTACT);
    }
}
