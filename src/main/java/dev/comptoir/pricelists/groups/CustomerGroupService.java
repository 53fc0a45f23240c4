package dev.comptoir.pricelists.groups;

import dev.comptoir.pricelists.CustomerGroupChanged;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.security.UserDirectory;
import dev.comptoir.shared.security.UserDirectory.DirectoryUser;
import dev.comptoir.shared.web.PageResponse;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer groups and their members. A group named by a price list cannot be deleted: the list
 * would become everyone's. Members are live accounts when added ({@link UserDirectory}). A change of
 * members, or a deletion, publishes {@link CustomerGroupChanged}.
 */
@Service
public class CustomerGroupService {

    private final CustomerGroupRepository groups;
    private final Memberships memberships;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerGroupService(CustomerGroupRepository groups, Memberships memberships, UserDirectory directory,
            ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResponse<CustomerGroupView> list(Pageable pageable) {
        Page<CustomerGroup> page = groups.findAll(pageable);
        Map<UUID, Long> counts = memberships.counts(page.getContent().stream().map(CustomerGroup::id).toList());
        return PageResponse.of(page, g -> g.view(counts.getOrDefault(g.id(), 0L)));
    }

    @Transactional(readOnly = true)
    CustomerGroupView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    CustomerGroupView create(CustomerGroupRequest request) {
        if (groups.existsByNameIgnoreCase(request.name().strip())) {
            throw duplicate(request.name());
        }
        return save(new CustomerGroup(request, clock.instant()), request.name()).view(0);
    }

    @Transactional
    CustomerGroupView update(UUID id, CustomerGroupRequest request) {
        CustomerGroup group = find(id);
        if (groups.existsByNameIgnoreCaseAndIdNot(request.name().strip(), id)) {
            throw duplicate(request.name());
        }
        group.apply(request, clock.instant());
        return view(save(group, request.name()));
    }

    /** Deletes the group and its memberships, unless a price list is limited to it (409). */
    @Transactional
    void delete(UUID id) {
        if (!memberships.lockForDelete(id)) {
            throw notFound(id);
        }
        List<UUID> lists = memberships.priceListsUsing(id);
        if (!lists.isEmpty()) {
            throw new ConflictException("customer_group_in_use",
                    "Price lists are limited to this group; take it out of them first",
                    Map.of("priceListIds", lists));
        }
        groups.deleteById(id);
        events.publishEvent(new CustomerGroupChanged(id));
    }

    @Transactional(readOnly = true)
    PageResponse<CustomerGroupMember> members(UUID id, Pageable pageable) {
        find(id);
        List<Memberships.Membership> page = memberships.page(id, pageable.getPageSize(), pageable.getOffset());
        Map<UUID, DirectoryUser> users = directory.live(page.stream().map(Memberships.Membership::userId).toList());
        List<CustomerGroupMember> members = page.stream().map(m -> {
            DirectoryUser user = users.get(m.userId());
            return user == null ? new CustomerGroupMember(m.userId(), null, null, null, m.addedAt())
                    : new CustomerGroupMember(m.userId(), user.email(), user.firstName(), user.lastName(), m.addedAt());
        }).toList();
        return PageResponse.of(members, pageable.getPageNumber() + 1, pageable.getPageSize(), memberships.count(id));
    }

    /**
     * Adds live accounts to the group, all or none: an id that names no live account is a 422 listing
     * them. Ids already members stay as they were.
     */
    @Transactional
    CustomerGroupView addMembers(UUID id, List<UUID> userIds) {
        if (memberships.shareLock(List.of(id)).isEmpty()) {
            throw notFound(id);
        }
        Set<UUID> wanted = new LinkedHashSet<>(userIds);
        Set<UUID> known = directory.live(wanted).keySet();
        List<UUID> unknown = wanted.stream().filter(u -> !known.contains(u)).limit(20).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("unknown_user", "No live account has the id " + unknown.get(0)
                    + (unknown.size() > 1 ? " (and " + (unknown.size() - 1) + " more)" : ""),
                    Map.of("userIds", unknown, "errors", FieldProblem.single("userIds",
                            "must name live accounts; unknown: " + unknown)));
        }
        if (memberships.add(id, wanted, clock.instant()) > 0) {
            events.publishEvent(new CustomerGroupChanged(id));
        }
        return view(find(id));
    }

    @Transactional
    void removeMember(UUID id, UUID userId) {
        find(id);
        if (!memberships.remove(id, userId)) {
            throw new NotFoundException("member_not_found", "Account " + userId + " is not a member of this group");
        }
        events.publishEvent(new CustomerGroupChanged(id));
    }

    /** The groups a customer belongs to. */
    @Transactional(readOnly = true)
    public Set<UUID> groupsOf(UUID userId) {
        return memberships.groupsOf(userId);
    }

    /**
     * Of {@code ids}, those that name no group, after locking the others against deletion until the
     * caller's transaction ends (so that a price list never names a group deleted meanwhile).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> lockAndFindMissing(Collection<UUID> ids) {
        Set<UUID> found = memberships.shareLock(ids);
        Set<UUID> missing = new LinkedHashSet<>(ids);
        missing.removeAll(found);
        return missing;
    }

    private CustomerGroupView view(CustomerGroup group) {
        return group.view(memberships.count(group.id()));
    }

    private CustomerGroup save(CustomerGroup group, String name) {
        try {
            return groups.saveAndFlush(group);
        } catch (DataIntegrityViolationException e) {
            String message = e.getMostSpecificCause().getMessage();
            throw message != null && message.contains("customer_groups_name_key") ? duplicate(name) : e;
        }
    }

    private CustomerGroup find(UUID id) {
        return groups.findById(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("customer_group_not_found", "No customer group with id " + id);
    }

    private static ConflictException duplicate(String name) {
        return new ConflictException("duplicate_customer_group_name",
                "A customer group named " + name.strip() + " already exists");
    }
}
