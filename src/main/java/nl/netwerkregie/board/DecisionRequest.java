package nl.netwerkregie.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What a flow (or a coordinator) puts to the board.
 *
 * @param caseType translation key suffix of the kind of case, e.g. {@code ADMISSION}, {@code AD_HOC}
 * @param caseId   the id of the case in its own feature
 * @param deadline when online voting closes; null takes the network profile's voting period
 */
public record DecisionRequest(
        @NotBlank String caseType,
        @NotBlank String caseId,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String subject,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") String question,
        @NotBlank(message = "{validation.required}") @Size(max = 8000, message = "{validation.tooLong}") String proposal,
        @NotNull DecisionMode mode,
        Instant deadline) {
}
