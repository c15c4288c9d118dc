package nl.netwerkregie.resignation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asked once more before a resignation is sent or withdrawn: what it means, with the dates. Cancelling closes the
 * dialog and nothing else, so the form keeps what was typed.
 */
final class Confirmation extends ConfirmDialog {

    /**
     * @param id the ids of its parts: {@code id-text}, {@code id-confirm}, {@code id-cancel}
     */
    Confirmation(String id, String header, String text, String confirmText, String cancelText, Runnable action) {
        setId(id);
        setHeader(header);
        Paragraph body = new Paragraph(text);
        body.setId(id + "-text");
        setText(body);
        Button cancel = new Button(cancelText, e -> close());
        cancel.setId(id + "-cancel");
        setCancelable(true);
        setCancelButton(cancel);
        Button yes = new Button(confirmText, e -> {
            close();
            action.run();
        });
        yes.setId(id + "-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        setConfirmButton(yes);
    }
}
