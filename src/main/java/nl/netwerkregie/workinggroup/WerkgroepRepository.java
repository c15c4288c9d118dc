package nl.netwerkregie.workinggroup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WerkgroepRepository extends JpaRepository<Werkgroep, Long> {

    List<Werkgroep> findAllByOrderByNameAsc();

    Optional<Werkgroep> findByNameIgnoreCase(String name);

    /**
     * The werkgroep's next version, if it is still at {@code seen}: 1 row if so, 0 if it moved on (or there is no
     * such werkgroep). Its seats have no version of their own; a change of them moves the werkgroep's.
     */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "update Werkgroep w set w.version = w.version + 1 where w.id = :id and w.version = :seen")
    int nextVersion(@org.springframework.data.repository.query.Param("id") long id,
            @org.springframework.data.repository.query.Param("seen") long seen);
}
