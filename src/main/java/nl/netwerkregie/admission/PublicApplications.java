package nl.netwerkregie.admission;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.Optional;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.SecurityLog;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.NoBidiControls;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.document.UploadedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The public application form's door (issue 17): what a stranger sends passes the throttle and the honeypot
 * before {@link AdmissionService#apply}, and a stranger is not told whether an organisation is already known (the
 * answer to a duplicate is the answer to a new application). A coordinator entering an application on an
 * applicant's behalf is not throttled and is told of the duplicate at the name.
 */
@Service
public class PublicApplications {

    private static final Logger log = LoggerFactory.getLogger(PublicApplications.class);

    private final AdmissionService admissions;
    private final ApplicationThrottle throttle;
    private final CurrentUser currentUser;

    PublicApplications(AdmissionService admissions, ApplicationThrottle throttle, CurrentUser currentUser) {
        this.admissions = admissions;
        this.throttle = throttle;
        this.currentUser = currentUser;
    }

    /**
     * What the form sent.
     *
     * @param visionDocument the vision document, or null
     * @param honeypot       the field that people do not see and bots fill in
     * @param source         the client's address
     */
    public record Submission(ApplicationForm form, UploadedDocument visionDocument, String honeypot, String source) {
    }

    /**
     * Applies, or silently drops what a bot sent. Returns normally for a new application, a duplicate from a
     * stranger and a honeypot hit alike: the visitor is thanked the same way for each.
     *
     * @throws DomainException {@code admission.apply.throttled} (with the minutes to wait) when the address or
     *                         everyone together sent too many; the other refusals of {@link AdmissionService#apply}
     */
    public void submit(Submission submission) {
        if (currentUser.isAuthenticated() && currentUser.has(Role.COORDINATOR)) {
            admissions.apply(submission.form(), submission.visionDocument());
            return;
        }
        String user = currentUser.isAuthenticated() ? currentUser.username() : null;
        Optional<Duration> wait = throttle.take(submission.source());
        if (wait.isPresent()) {
            SecurityLog.write(SecurityLog.Event.THROTTLED, user, submission.source(),
                    "application form: too many submissions, next in " + wait.get().toSeconds() + " s");
            throw new DomainException("admission.apply.throttled", minutesToWait(wait.get()));
        }
        if (!Texts.isBlank(submission.honeypot())) {
            SecurityLog.write(SecurityLog.Event.INPUT_REFUSED, user, submission.source(),
                    "application form: hidden honeypot field filled in, submission discarded");
            return;
        }
        applyAsStranger(submission, user);
    }

    private void applyAsStranger(Submission submission, String user) {
        try {
            admissions.apply(submission.form(), submission.visionDocument());
        } catch (DomainException e) {
            if (!"organisation.duplicate".equals(e.messageKey())) {
                throw e;
            }
            // Nothing is stored; the registry keeps the organisation that is known.
            log.info("An application for an organisation already known was not recorded; the visitor was thanked");
        } catch (ConstraintViolationException e) {
            if (e.getConstraintViolations().stream().anyMatch(v -> NoBidiControls.MESSAGE.equals(v.getMessageTemplate()))) {
                SecurityLog.write(SecurityLog.Event.INPUT_REFUSED, user, submission.source(),
                        "application form: bidirectional control character in a name");
            }
            throw e;
        }
    }

    private static long minutesToWait(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
