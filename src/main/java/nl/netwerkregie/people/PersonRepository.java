package nl.netwerkregie.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    Optional<Person> findByEmailIgnoreCase(String email);

    boolean existsByUsername(String username);

    @Query("select p from Person p join p.networks n where n = :networkId order by p.lastName, p.firstName")
    List<Person> findAllOfNetwork(@Param("networkId") String networkId);

    @Query("select p from Person p join p.networks n where n = :networkId and p.organisationId = :organisationId")
    List<Person> findOfOrganisation(@Param("networkId") String networkId, @Param("organisationId") Long organisationId);

    List<Person> findByUsernameIn(java.util.Collection<String> usernames);
}
