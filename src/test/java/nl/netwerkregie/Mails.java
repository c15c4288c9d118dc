package nl.netwerkregie;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What GreenMail received, as the tests ask it: the last mail to someone, and the link in a mail. */
public final class Mails {

    private Mails() {
    }

    /** The last mail to that address, or null when none came. */
    public static MimeMessage lastTo(GreenMailExtension greenMail, String address) {
        MimeMessage last = null;
        try {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                for (Address a : m.getAllRecipients()) {
                    if (a.toString().equals(address)) {
                        last = m;
                    }
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return last;
    }

    /** The body with quoted-printable soft line breaks undone, so a long link reads as one. */
    public static String body(MimeMessage mail) {
        try {
            // A plain-text mail as its reader sees it: quoted-printable (UTF-8 text) decoded.
            if (mail.getContent() instanceof String text) {
                return text;
            }
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=\n", "");
    }

    /** The first match of the pattern in the mail's body; fails the test when there is none. */
    public static Matcher find(MimeMessage mail, Pattern pattern) {
        String body = body(mail);
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in: " + body);
        }
        return m;
    }
}
