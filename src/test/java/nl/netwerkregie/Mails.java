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

    /**
     * Who got how many mails, by the kind of mail (the subject up to its colon, or the whole subject): the figures
     * of one whole process for the closing notes, printed by the tests that run one.
     */
    public static java.util.SortedMap<String, java.util.SortedMap<String, Integer>> tally(GreenMailExtension greenMail) {
        java.util.SortedMap<String, java.util.SortedMap<String, Integer>> byKind = new java.util.TreeMap<>();
        try {
            // GreenMail keeps a copy per recipient's mailbox: one mail to two people is counted once for each.
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (!seen.add(m.getMessageID())) {
                    continue;
                }
                String subject = m.getSubject();
                String kind = subject.contains(":") ? subject.substring(0, subject.indexOf(':')) : subject;
                for (Address a : m.getAllRecipients()) {
                    byKind.computeIfAbsent(kind, k -> new java.util.TreeMap<>()).merge(a.toString(), 1, Integer::sum);
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return byKind;
    }

    /** The tally as lines to print: kind, number of mails, who. */
    public static String print(String title, java.util.SortedMap<String, java.util.SortedMap<String, Integer>> tally) {
        StringBuilder out = new StringBuilder("Mails for " + title + ":\n");
        int total = 0;
        for (var kind : tally.entrySet()) {
            int n = kind.getValue().values().stream().mapToInt(Integer::intValue).sum();
            total += n;
            out.append(String.format("  %-45s %3d  %s%n", kind.getKey(), n, kind.getValue()));
        }
        return out.append("  total ").append(total).append('\n').toString();
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
