package nl.netwerkregie.people;

import nl.netwerkregie.security.OperatorAccountProperties;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The operator's password from the environment follows the same rules as everyone's (issue 17): at start-up, before
 * the operator account is made with it, so {@code NETWERKREGIE_OPERATOR_PASSWORD=x} stops the application with a
 * message that says what to set, instead of guarding code execution in the JVM with one character.
 */
@Component
class OperatorPasswordCheck implements InitializingBean {

    private final OperatorAccountProperties operator;
    private final PasswordPolicy policy;
    private final TranslationProvider texts;

    OperatorPasswordCheck(OperatorAccountProperties operator, PasswordPolicy policy, TranslationProvider texts) {
        this.operator = operator;
        this.policy = policy;
        this.texts = texts;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            policy.check(operator.password(), operator.username(), "beheerder", "operator", "admin");
        } catch (DomainException e) {
            throw new IllegalStateException("NETWERKREGIE_OPERATOR_PASSWORD is refused: "
                    + texts.getTranslation(e.messageKey(), TranslationProvider.ENGLISH, e.arguments()));
        }
    }
}
