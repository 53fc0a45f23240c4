package dev.comptoir.pricelists.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A named set of customers that price lists can be limited to; its members are kept apart. */
@Entity
@Table(name = "customer_groups")
class CustomerGroup {

    @Id
    private UUID id;

    private String name;
    private @Nullable String description;
    private Instant createdAt;
    private Instant updatedAt;

    protected CustomerGroup() {}

    CustomerGroup(CustomerGroupRequest request, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(request, now);
    }

    void apply(CustomerGroupRequest request, Instant now) {
        this.name = request.name().strip();
        this.description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        this.updatedAt = now;
    }

    CustomerGroupView view(long memberCount) {
        return new CustomerGroupView(id, name, description, memberCount, createdAt, updatedAt);
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }
}
