package nl.netwerkregie.security;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Camunda's password hashing, done by Spring Security's PBKDF2 (HMAC-SHA256, a salt of its own beside Camunda's,
 * OWASP's 600,000 iterations in production), instead of Camunda's default of one round of SHA-512, which a
 * stolen database gives up at billions of guesses a second. Stored as {@code {PBKDF2}...}.
 */
class Pbkdf2PasswordEncryptor implements PasswordEncryptor {

    static final String ALGORITHM = "PBKDF2";

    private final Pbkdf2PasswordEncoder encoder;

    Pbkdf2PasswordEncryptor(int iterations) {
        this.encoder = new Pbkdf2PasswordEncoder("", 16, iterations,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    @Override
    public String encrypt(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encoder.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }
}
