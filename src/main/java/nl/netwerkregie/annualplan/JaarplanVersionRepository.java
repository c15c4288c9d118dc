package nl.netwerkregie.annualplan;

import java.util.List;
import java.util.Optional;
import nl.netwerkregie.shared.DomainException;
import org.springframework.data.jpa.repository.JpaRepository;

interface JaarplanVersionRepository extends JpaRepository<JaarplanVersion, Long> {

    List<JaarplanVersion> findByJaarplanIdOrderByNumberAsc(long jaarplanId);

    Optional<JaarplanVersion> findByJaarplanIdAndNumber(long jaarplanId, int number);

    /** A submitted version of the plan, or {@code jaarplan.versionNotFound}. */
    default JaarplanVersion require(long jaarplanId, int number) {
        return findByJaarplanIdAndNumber(jaarplanId, number)
                .orElseThrow(() -> new DomainException("jaarplan.versionNotFound", String.valueOf(number)));
    }
}
