package nl.netwerkregie.membership;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionBaseRepository extends JpaRepository<ContributionBase, Integer> {
}
