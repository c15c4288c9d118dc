package nl.netwerkregie.annualplan;

import java.util.List;
import java.util.Optional;
import nl.netwerkregie.shared.DomainException;
import org.springframework.data.jpa.repository.JpaRepository;

interface JaarplanRepository extends JpaRepository<Jaarplan, Long> {

    Optional<Jaarplan> findByYear(int year);

    List<Jaarplan> findAllByOrderByYearDesc();

    /** The plans whose title (or year) is like the pattern (lower case, escaped by \\). */
    @org.springframework.data.jpa.repository.Query("select j.id from Jaarplan j where lower(j.title) like :pattern escape '\\' or cast(j.year as String) like :pattern escape '\\'")
    List<Long> idsLike(@org.springframework.data.repository.query.Param("pattern") String pattern, org.springframework.data.domain.Pageable limit);

    /** (id, year, title) of those plans. */
    @org.springframework.data.jpa.repository.Query("select j.id, j.year, j.title from Jaarplan j where j.id in :ids")
    List<Object[]> titlesOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    /**
     * The plan, its row locked until the transaction ends: a coordinator's save waits for a colleague's save of the
     * same moment, and then sees its version and who saved it, so the refusal can name them.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select j from Jaarplan j where j.id = :id")
    Optional<Jaarplan> lockById(@org.springframework.data.repository.query.Param("id") long id);

    /** The locked plan, refused as {@link #require(long)} refuses an unknown id. */
    default Jaarplan requireLocked(long id) {
        return lockById(id).orElseThrow(() -> new DomainException("jaarplan.notFound", String.valueOf(id)));
    }

    /** The plan; commands, queries and process steps all refuse an unknown id with the same message. */
    default Jaarplan require(long id) {
        return findById(id).orElseThrow(() -> new DomainException("jaarplan.notFound", String.valueOf(id)));
    }
}
