package nl.netwerkregie.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.board.BoardSeatQueries.SeatRow;
import nl.netwerkregie.board.BoardSeatService;
import nl.netwerkregie.board.SeatEndReason;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.UiErrors;

/** "Zetel beëindigen": the end date and the reason, asked once more before the seat ends. */
final class EndSeatDialog extends Dialog {

    EndSeatDialog(SeatRow seat, BoardSeatService seats, Clock clock, Runnable done) {
        setHeaderTitle(getTranslation("boardSeat.end") + ": " + seat.name());
        DatePicker end = DatePickers.create(getTranslation("boardSeat.endDate"));
        end.setId("end-date");
        end.setValue(LocalDate.now(clock));
        end.setMin(seat.startDate());
        end.setRequired(true);
        ComboBox<SeatEndReason> reason = new ComboBox<>(getTranslation("boardSeat.reason"));
        reason.setId("end-reason");
        reason.setItems(SeatEndReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("boardSeat.reason." + r));
        reason.setRequired(true);
        Button save = new Button(getTranslation("boardSeat.end"), e -> confirm(seat, seats, end, reason, done));
        save.setId("save-end-seat");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new FormLayout(end, reason));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void confirm(SeatRow seat, BoardSeatService seats, DatePicker end, ComboBox<SeatEndReason> reason,
            Runnable done) {
        ConfirmDialog confirmation = new ConfirmDialog();
        confirmation.setHeader(getTranslation("boardSeat.endConfirm.title"));
        confirmation.setText(getTranslation("boardSeat.endConfirm.text", seat.name(),
                Formats.date(end.getValue(), getLocale())));
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("action.cancel"));
        Button yes = new Button(getTranslation("boardSeat.end"));
        yes.setId("confirm-end-seat");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.addClickListener(e -> {
            confirmation.close();
            if (UiErrors.attempt(() -> seats.end(seat.id(), end.getValue(), reason.getValue()))) {
                close();
                UiErrors.showSuccess(getTranslation("boardSeat.ended", seat.name()));
                done.run();
            }
        });
        confirmation.setConfirmButton(yes);
        confirmation.open();
    }
}
