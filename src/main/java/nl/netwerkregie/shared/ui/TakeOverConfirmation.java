package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Taking a colleague's task away from them is asked once more, with their name. */
final class TakeOverConfirmation extends ConfirmDialog {

    TakeOverConfirmation(String holderName, Runnable takeOver) {
        setHeader(getTranslation("task.takeOver.title"));
        setText(getTranslation("task.takeOver.text", holderName));
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        Button yes = new Button(getTranslation("task.takeOver"));
        yes.setId("take-over-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClickListener(e -> {
            close();
            takeOver.run();
        });
        setConfirmButton(yes);
    }
}
