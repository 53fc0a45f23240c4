package dev.comptoir.pricelists.groups;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerGroupRepository extends JpaRepository<CustomerGroup, UUID> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);
}
