package nl.netwerkregie.annualplan;

import java.math.BigDecimal;

/**
 * One text or amount of a submitted version, under a key that names where it sits in the plan, for example
 * {@code theme|Bewustwording|item|Bijeenkomsten} or {@code total|costs}. Two versions compare key by key.
 */
public record VersionLine(String key, String text, BigDecimal amount) {
}
