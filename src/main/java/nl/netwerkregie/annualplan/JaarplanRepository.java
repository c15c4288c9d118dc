package nl.netwerkregie.annualplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JaarplanRepository extends JpaRepository<Jaarplan, Long> {

    Optional<Jaarplan> findByYear(int year);

    List<Jaarplan> findAllByOrderByYearDesc();
}
