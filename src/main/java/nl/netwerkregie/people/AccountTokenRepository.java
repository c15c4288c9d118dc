package nl.netwerkregie.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByPersonIdAndPurposeAndUsedAtIsNull(Long personId, TokenPurpose purpose);
}
