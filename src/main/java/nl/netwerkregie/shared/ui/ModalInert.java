package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.UI;

/**
 * While a modal dialog is open, Vaadin hides the page behind it from screen readers with {@code aria-hidden} (its
 * AriaModalController) and keeps the keyboard inside the dialog, but the hidden page stays focusable: a screen
 * reader's own navigation (the VoiceOver rotor) still reaches it, and axe-core reports {@code aria-hidden-focus}
 * (vaadin/web-components#92 is the background). This makes the hidden part {@code inert} as well, until the dialog
 * closes. Installed once per page load from the frame, as a script rather than a frontend module, so that it needs
 * no rebuild of Vaadin's frontend bundle.
 */
final class ModalInert {

    private static final String SCRIPT = """
            if (!window.netwerkregieModalInert) {
              window.netwerkregieModalInert = true;
              const madeInert = new WeakSet();
              const follow = (element) => {
                if (element.getAttribute('data-aria-hidden') === 'true') {
                  if (!element.inert) {
                    element.inert = true;
                    madeInert.add(element);
                  }
                } else if (madeInert.has(element)) {
                  element.inert = false;
                  madeInert.delete(element);
                }
              };
              new MutationObserver((changes) => changes.forEach((change) => follow(change.target)))
                .observe(document.body, { attributes: true, attributeFilter: ['data-aria-hidden'], subtree: true });
            }""";

    private ModalInert() {
    }

    static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
