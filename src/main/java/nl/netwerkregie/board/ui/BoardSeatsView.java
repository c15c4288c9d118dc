package nl.netwerkregie.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import nl.netwerkregie.board.BoardSeatQueries;
import nl.netwerkregie.board.BoardSeatQueries.SeatRow;
import nl.netwerkregie.board.BoardSeatService;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;

/**
 * The board ("Dagelijks bestuur", "Stuurgroep": the profile's name): who holds a seat now and since when, and the
 * seats that ended. Coordinators appoint and end seats; the secretary and board members read along.
 */
@Route(value = "bestuur", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class BoardSeatsView extends VerticalLayout implements HasDynamicTitle {

    private final BoardSeatQueries queries;
    private final BoardSeatService seats;
    private final String boardName;
    final Grid<SeatRow> current = new Grid<>();
    final Grid<SeatRow> ended = new Grid<>();

    BoardSeatsView(BoardSeatQueries queries, BoardSeatService seats, UserDirectory users,
            OrganisationService organisations, CurrentUser currentUser, NetworkRules rules, Clock clock) {
        this.queries = queries;
        this.seats = seats;
        this.boardName = rules.current().boardName();
        boolean coordinator = currentUser.has(Role.COORDINATOR);
        H2 heading = new H2(boardName);
        heading.setId("board-title");
        add(heading);

        current.setId("current-seats");
        current.addColumn(SeatRow::name).setHeader(getTranslation("boardSeat.person")).setFlexGrow(2);
        current.addColumn(SeatRow::organisation).setHeader(getTranslation("boardSeat.organisation")).setFlexGrow(2);
        current.addColumn(s -> Formats.date(s.startDate(), getLocale())).setHeader(getTranslation("boardSeat.since"));
        current.setEmptyStateText(getTranslation("boardSeat.noSeats"));
        current.setAllRowsVisible(true);
        if (coordinator) {
            current.addComponentColumn(s -> {
                Button end = new Button(getTranslation("boardSeat.end"),
                        e -> new EndSeatDialog(s, seats, clock, this::refresh).open());
                end.setId("end-seat-" + s.id());
                end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return end;
            }).setKey("end").setAutoWidth(true);
            Button appoint = new Button(getTranslation("boardSeat.appoint"),
                    e -> new AppointDialog(seats, users.activeAccounts(), organisations.members(), clock,
                            this::refresh).open());
            appoint.setId("appoint-seat");
            appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(appoint);
        }
        add(current);

        ended.setId("ended-seats");
        ended.addColumn(SeatRow::name).setHeader(getTranslation("boardSeat.person")).setFlexGrow(2);
        ended.addColumn(SeatRow::organisation).setHeader(getTranslation("boardSeat.organisation")).setFlexGrow(2);
        ended.addColumn(s -> Formats.date(s.startDate(), getLocale())).setHeader(getTranslation("boardSeat.from"));
        ended.addColumn(s -> Formats.date(s.endDate(), getLocale())).setHeader(getTranslation("boardSeat.until"));
        ended.addColumn(s -> s.endReason() == null ? "" : getTranslation("boardSeat.reason." + s.endReason()))
                .setHeader(getTranslation("boardSeat.reason")).setFlexGrow(2);
        ended.setEmptyStateText(getTranslation("boardSeat.noEndedSeats"));
        ended.setAllRowsVisible(true);
        add(new H3(getTranslation("boardSeat.endedSeats")), ended);
        refresh();
    }

    private void refresh() {
        List<SeatRow> all = queries.seats();
        current.setItems(all.stream().filter(SeatRow::current).toList());
        ended.setItems(all.stream().filter(s -> !s.current())
                .sorted(Comparator.comparing(SeatRow::endDate).reversed()).toList());
    }

    @Override
    public String getPageTitle() {
        return boardName + " – Netwerkregie";
    }
}
