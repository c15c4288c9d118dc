package nl.netwerkregie.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What Unicode lets a visitor hide in a name (issue 17). Two names a person reads as the same must compare as the
 * same, or a zero-width space slips a duplicate past the registry; and a name must not reorder what is shown after
 * it, or "visie\u202Efdp.docx" reads as "visiexcod.pdf".
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /**
     * The name as a key to compare by: NFKC, invisible and format characters (zero-width spaces and joiners, word
     * joiner, byte order mark, soft hyphen, bidi controls: Unicode's category Cf) removed, every kind of space (the
     * no-break ones too) as one space, stripped, case folded. Never shown: only compared.
     */
    public static String comparable(String name) {
        if (name == null) {
            return "";
        }
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(compatible.length());
        boolean spaceBefore = true;
        for (int i = 0; i < compatible.length(); ) {
            int c = compatible.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                if (!spaceBefore) {
                    key.append(' ');
                }
                spaceBefore = true;
            } else if (!isInvisible(c)) {
                key.appendCodePoint(c);
                spaceBefore = false;
            }
        }
        // Upper then lower case folds what a simple lower case misses ("STRASSE" and "straße" both end as "strasse").
        String folded = key.toString().strip().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    /**
     * Whether the text holds a character that changes the direction of what follows: the embeddings and overrides
     * U+202A-U+202E, the isolates U+2066-U+2069, the marks U+200E, U+200F and U+061C. No Dutch name needs them.
     */
    public static boolean hasBidiControl(String text) {
        return text != null && text.chars().anyMatch(UnicodeText::isBidiControl);
    }

    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(int c) {
        // Cf holds U+200B-U+200D, U+2060, U+FEFF and U+00AD; the Hangul fillers look empty but are letters.
        return Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    }
}
