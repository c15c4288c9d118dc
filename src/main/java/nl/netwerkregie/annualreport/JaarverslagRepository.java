package nl.netwerkregie.annualreport;

import java.util.List;
import java.util.Optional;
import nl.netwerkregie.shared.DomainException;
import org.springframework.data.jpa.repository.JpaRepository;

interface JaarverslagRepository extends JpaRepository<Jaarverslag, Long> {

    Optional<Jaarverslag> findByYear(int year);

    List<Jaarverslag> findAllByOrderByYearDesc();

    /** The report; commands, queries and process steps all refuse an unknown id with the same message. */
    default Jaarverslag require(long id) {
        return findById(id).orElseThrow(() -> new DomainException("jaarverslag.notFound", String.valueOf(id)));
    }
}
