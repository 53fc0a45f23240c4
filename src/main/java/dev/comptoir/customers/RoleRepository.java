package dev.comptoir.customers;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoleRepository extends JpaRepository<Role, String> {

    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE roles SET permissions = string_to_array(:permissions, ',')
            WHERE name = :name AND permissions IS DISTINCT FROM string_to_array(:permissions, ',')""")
    int setPermissions(@Param("name") String name, @Param("permissions") String commaSeparated);
}
