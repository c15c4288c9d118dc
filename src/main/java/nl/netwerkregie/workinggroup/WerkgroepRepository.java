package nl.netwerkregie.workinggroup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WerkgroepRepository extends JpaRepository<Werkgroep, Long> {

    List<Werkgroep> findAllByOrderByNameAsc();

    Optional<Werkgroep> findByNameIgnoreCase(String name);
}
