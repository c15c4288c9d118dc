package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Submitting freezes the plan until the board sends it back, so it is asked once more. */
final class SubmitConfirmation extends ConfirmDialog {

    SubmitConfirmation(Runnable submit) {
        setHeader(getTranslation("jaarplan.submitConfirm.title"));
        setText(getTranslation("jaarplan.submitConfirm.text"));
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        Button yes = new Button(getTranslation("jaarplan.submit"));
        yes.setId("plan-submit-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClickListener(e -> {
            close();
            submit.run();
        });
        setConfirmButton(yes);
    }
}
