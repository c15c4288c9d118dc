package nl.netwerkregie.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRulesRepository extends JpaRepository<NetworkRulesVersion, Long> {

    Optional<NetworkRulesVersion> findFirstByNetworkIdAndValidFromLessThanEqualOrderByValidFromDesc(String networkId,
            LocalDate day);

    List<NetworkRulesVersion> findByNetworkIdOrderByValidFromDesc(String networkId);

    boolean existsByNetworkIdAndValidFrom(String networkId, LocalDate validFrom);
}
