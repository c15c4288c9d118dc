package nl.netwerkregie.annualplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JaarplanVersionRepository extends JpaRepository<JaarplanVersion, Long> {

    List<JaarplanVersion> findByJaarplanIdOrderByNumberAsc(long jaarplanId);

    Optional<JaarplanVersion> findByJaarplanIdAndNumber(long jaarplanId, int number);
}
