package nl.netwerkregie.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.netwerkregie.board.BoardSeatService;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.security.UserDirectory.Account;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.UiErrors;

/** "Bestuurslid benoemen": a person with an account, the member organisation the seat is for, the start date. */
final class AppointDialog extends Dialog {

    AppointDialog(BoardSeatService seats, List<Account> accounts, List<Organisation> members, Clock clock,
            Runnable done) {
        setHeaderTitle(getTranslation("boardSeat.appoint"));
        ComboBox<Account> person = new ComboBox<>(getTranslation("boardSeat.person"));
        person.setId("appoint-person");
        person.setItems(accounts);
        person.setItemLabelGenerator(a -> a.email() == null ? a.name() : a.name() + " (" + a.email() + ")");
        person.setRequired(true);
        Map<Long, String> names = members.stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        ComboBox<Long> organisation = new ComboBox<>(getTranslation("boardSeat.organisation"));
        organisation.setId("appoint-organisation");
        organisation.setItems(members.stream().map(Organisation::getId).toList());
        organisation.setItemLabelGenerator(names::get);
        organisation.setHelperText(getTranslation("boardSeat.organisationHelp"));
        DatePicker start = DatePickers.create(getTranslation("boardSeat.startDate"));
        start.setId("appoint-start");
        start.setValue(LocalDate.now(clock));
        start.setRequired(true);
        Button save = new Button(getTranslation("boardSeat.appoint"), e -> {
            // On a refusal the dialog stays open with everything as entered.
            if (UiErrors.attempt(() -> seats.appoint(person.getValue() == null ? null : person.getValue().username(),
                    organisation.getValue(), start.getValue()))) {
                close();
                UiErrors.showSuccess(getTranslation("boardSeat.appointed", person.getValue().name()));
                done.run();
            }
        });
        save.setId("save-appoint");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(person, organisation, start));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("40em");
    }
}
