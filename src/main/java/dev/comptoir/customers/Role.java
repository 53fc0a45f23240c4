package dev.comptoir.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A named set of permissions; a user has one role. */
@Entity
@Table(name = "roles")
class Role {

    static final String CUSTOMER = "customer";
    static final String ADMIN = "admin";

    @Id
    private String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> permissions;

    private String description;

    protected Role() {}

    String name() {
        return name;
    }

    List<String> permissions() {
        return permissions == null ? List.of() : List.copyOf(permissions);
    }

    String description() {
        return description;
    }
}
