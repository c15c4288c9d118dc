package nl.netwerkregie.network;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, String> {
}
