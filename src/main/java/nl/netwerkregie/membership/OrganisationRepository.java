package nl.netwerkregie.membership;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    /** The organisations whose name is like the pattern (lower case, escaped by \\). */
    @org.springframework.data.jpa.repository.Query("select o.id from Organisation o where lower(o.name) like :pattern escape '\\'")
    java.util.List<Long> idsNamedLike(@org.springframework.data.repository.query.Param("pattern") String pattern, org.springframework.data.domain.Pageable limit);

    /** (id, name) of those organisations: for the lists that name them, without loading them. */
    @org.springframework.data.jpa.repository.Query("select o.id, o.name from Organisation o where o.id in :ids")
    java.util.List<Object[]> namesOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    List<Organisation> findAllByOrderByNameAsc();

    /** What the contribution list needs of every organisation, by name, without their contact persons. */
    @Query("""
            select new nl.netwerkregie.membership.OrganisationRepository$Owing(o.id, o.name, o.status,
            o.volunteerOrganisation, o.kind, o.fte, o.employeesOrMembers) from Organisation o order by o.name""")
    List<Owing> owingByName();

    /** An organisation as the contribution list reads it. */
    record Owing(Long id, String name, OrganisationStatus status, boolean volunteerOrganisation,
            OrganisationKind kind, java.math.BigDecimal fte, Integer employeesOrMembers) {

        /** As {@link Organisation#contributionBasis()}: the kind VPTZ settles "volunteers". */
        nl.netwerkregie.network.ContributionBasis basis() {
            return new nl.netwerkregie.network.ContributionBasis(volunteerOrganisation || kind.isVolunteers(), fte,
                    employeesOrMembers);
        }
    }

    /**
     * A page of the organisations with that status and kind (null: any) whose name or municipality is like the
     * pattern (lower case, escaped by \\; "%" for all), without counting them all.
     */
    @Query("select o from Organisation o where (:status is null or o.status = :status) and (:kind is null or o.kind = :kind)"
            + " and (lower(o.name) like :pattern escape '\\' or lower(o.municipality) like :pattern escape '\\')")
    org.springframework.data.domain.Slice<Organisation> page(
            @org.springframework.data.repository.query.Param("status") OrganisationStatus status,
            @org.springframework.data.repository.query.Param("kind") OrganisationKind kind,
            @org.springframework.data.repository.query.Param("pattern") String pattern,
            org.springframework.data.domain.Pageable page);

    /** A page of the member list: these statuses, that kind (null: any), perhaps only those not seated. */
    @Query("select o from Organisation o where o.status in :statuses and (:kind is null or o.kind = :kind)"
            + " and (:onlyUnseated = false or o.id not in :seated)")
    org.springframework.data.domain.Slice<Organisation> memberListPage(
            @org.springframework.data.repository.query.Param("statuses") Collection<OrganisationStatus> statuses,
            @org.springframework.data.repository.query.Param("kind") OrganisationKind kind,
            @org.springframework.data.repository.query.Param("onlyUnseated") boolean onlyUnseated,
            @org.springframework.data.repository.query.Param("seated") Collection<Long> seated,
            org.springframework.data.domain.Pageable page);

    /**
     * (id, name) of every organisation with one of the statuses: the duplicate check compares the names in Java
     * ({@link nl.netwerkregie.shared.UnicodeText#comparable}), because no database normalises Unicode as NFKC.
     * A network's registry is hundreds of rows, not millions.
     */
    @Query("select o.id, o.name from Organisation o where o.status in ?1")
    List<Object[]> idsAndNamesWithStatusIn(Collection<OrganisationStatus> statuses);

    /** How many organisations of each kind have one of the statuses: rows of (kind, count). */
    @Query("select o.kind, count(o) from Organisation o where o.status in ?1 group by o.kind")
    List<Object[]> countByKind(Collection<OrganisationStatus> statuses);

    @Query("select o from Organisation o join o.contacts c where c.username = ?1")
    List<Organisation> findByContactUsername(String username);
}
