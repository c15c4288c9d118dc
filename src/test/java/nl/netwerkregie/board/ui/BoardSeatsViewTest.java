package nl.netwerkregie.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.board.BoardSeatQueries;
import nl.netwerkregie.board.BoardSeatQueries.SeatRow;
import nl.netwerkregie.board.BoardSeatService;
import nl.netwerkregie.board.SeatEndReason;
import nl.netwerkregie.board.SeatFixtures;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.UserDirectory.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The board page: a coordinator appoints and ends a seat; a refusal keeps the input; the secretary reads along. */
class BoardSeatsViewTest extends UiTest {

    @Autowired BoardSeatQueries queries;
    @Autowired BoardSeatService seats;
    @Autowired OrganisationService organisations;

    @SuppressWarnings("unchecked")
    private List<SeatRow> rows(String gridId) {
        Grid<SeatRow> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @SuppressWarnings("unchecked")
    private void appoint(String username, Long organisationId) {
        _click(_get(Button.class, spec -> spec.withId("appoint-seat")));
        ComboBox<Account> person = _get(ComboBox.class, spec -> spec.withId("appoint-person"));
        person.setValue(person.getListDataView().getItems().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow());
        _get(ComboBox.class, spec -> spec.withId("appoint-organisation")).setValue(organisationId);
        _click(_get(Button.class, spec -> spec.withId("save-appoint")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorAppointsABoardMemberAndEndsTheSeat() {
        String newcomer = SeatFixtures.account(identityService, "Femke", "Benoemd");
        login("coordinator1");
        var member = organisations.members().get(0);
        UI.getCurrent().navigate(BoardSeatsView.class);
        assertThat(_get(H2.class, spec -> spec.withId("board-title")).getText()).isEqualTo("Dagelijks bestuur");
        assertThat(rows("current-seats")).extracting(SeatRow::name).contains("Hendrik Kamphuis", "Truus Leferink")
                .doesNotContain("Femke Benoemd");

        appoint(newcomer, member.getId());
        assertThat(_find(Dialog.class)).isEmpty();
        SeatRow appointed = rows("current-seats").stream().filter(s -> s.username().equals(newcomer)).findFirst()
                .orElseThrow();
        assertThat(appointed.name()).isEqualTo("Femke Benoemd");
        assertThat(appointed.organisation()).isEqualTo(member.getName());
        assertThat(appointed.startDate()).isEqualTo(LocalDate.now());

        try {
            Grid<SeatRow> current = _get(Grid.class, spec -> spec.withId("current-seats"));
            int row = rows("current-seats").indexOf(appointed);
            _click((Button) GridKt._getCellComponent(current, row, "end"));
            _get(ComboBox.class, spec -> spec.withId("end-reason")).setValue(SeatEndReason.STEPPED_DOWN);
            _click(_get(Button.class, spec -> spec.withId("save-end-seat")));
            // Asked once more; the seat only ends on the confirmation.
            assertThat(rows("current-seats")).extracting(SeatRow::username).contains(newcomer);
            _click(_get(Button.class, spec -> spec.withId("confirm-end-seat")));
        } finally {
            // Leave the board as the other tests know it, whatever happened above.
            queries.seats().stream().filter(s -> s.username().equals(newcomer) && s.endDate() == null)
                    .forEach(s -> seats.end(s.id(), LocalDate.now(), SeatEndReason.STEPPED_DOWN));
        }

        assertThat(rows("current-seats")).extracting(SeatRow::username).doesNotContain(newcomer);
        assertThat(rows("ended-seats")).filteredOn(s -> s.username().equals(newcomer))
                .extracting(SeatRow::endDate, SeatRow::endReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.now(), SeatEndReason.STEPPED_DOWN));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedAppointmentKeepsTheInputAndSaysWhy() {
        login("coordinator1");
        var member = organisations.members().get(0);
        UI.getCurrent().navigate(BoardSeatsView.class);
        int before = rows("current-seats").size();
        appoint("bestuur1", member.getId());

        NotificationsKt.expectNotifications(
                "Hendrik Kamphuis heeft al een zetel in het bestuur (of krijgt er een). Beëindig die zetel eerst.");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(((ComboBox<Account>) _get(ComboBox.class, spec -> spec.withId("appoint-person"))).getValue()
                .username()).isEqualTo("bestuur1");
        assertThat(_get(ComboBox.class, spec -> spec.withId("appoint-organisation")).getValue()).isEqualTo(member.getId());
        assertThat(_get(DatePicker.class, spec -> spec.withId("appoint-start")).getValue()).isEqualTo(LocalDate.now());
        assertThat(queries.seats().stream().filter(SeatRow::current).count()).isEqualTo(before);
    }

    @Test
    void theSecretaryReadsTheBoardButCannotChangeIt() {
        login("secretaris");
        UI.getCurrent().navigate(BoardSeatsView.class);
        assertThat(rows("current-seats")).extracting(SeatRow::username).contains("bestuur1", "bestuur8");
        assertThat(_find(Button.class, spec -> spec.withId("appoint-seat"))).isEmpty();
        Grid<?> current = _get(Grid.class, spec -> spec.withId("current-seats"));
        assertThat(current.getColumnByKey("end")).isNull();
        long seat = rows("current-seats").get(0).id();
        assertThatThrownBy(() -> seats.end(seat, LocalDate.now(), SeatEndReason.TERM_ENDED))
                .isInstanceOf(AccessDeniedException.class);
    }
}
