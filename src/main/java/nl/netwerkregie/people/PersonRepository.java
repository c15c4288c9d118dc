package nl.netwerkregie.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    Optional<Person> findByEmailIgnoreCase(String email);

    boolean existsByUsername(String username);

    List<Person> findAllByOrderByLastNameAscFirstNameAsc();

    List<Person> findByOrganisationId(Long organisationId);

    List<Person> findByUsernameIn(java.util.Collection<String> usernames);
}
