package dev.comptoir.pricelists.groups;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Admin: customer groups", description = "Groups of customers that price lists can be limited to")
@RestController
@RequestMapping("/api/admin/customer-groups")
@PreAuthorize("hasAuthority('pricing:manage')")
class CustomerGroupController {

    private final CustomerGroupService groups;

    CustomerGroupController(CustomerGroupService groups) {
        this.groups = groups;
    }

    @Operation(operationId = "listCustomerGroups", summary = "List customer groups",
            description = "Customer groups by name, paged, each with its member count. Needs pricing:manage.")
    @GetMapping
    PageResponse<CustomerGroupView> list(@Valid PageQuery page) {
        return groups.list(page.pageable(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"))));
    }

    @Operation(operationId = "getCustomerGroup", summary = "One customer group",
            description = "A customer group with its member count. Needs pricing:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "customer_group_not_found")
    @GetMapping("/{id}")
    CustomerGroupView get(@PathVariable UUID id) {
        return groups.get(id);
    }

    @Operation(operationId = "createCustomerGroup", summary = "Create a customer group",
            description = "Creates an empty group; its name is unique whatever the case. Needs pricing:manage.")
    @ApiResponse(responseCode = "201", description = "The created group", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "duplicate_customer_group_name")
    @PostMapping
    ResponseEntity<CustomerGroupView> create(@Valid @RequestBody CustomerGroupRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(groups.create(request));
    }

    @Operation(operationId = "replaceCustomerGroup", summary = "Rename or describe a customer group",
            description = "Replaces the group's name and description; its members stay. Needs pricing:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "customer_group_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "duplicate_customer_group_name")
    @PutMapping("/{id}")
    CustomerGroupView update(@PathVariable UUID id, @Valid @RequestBody CustomerGroupRequest request) {
        return groups.update(id, request);
    }

    @Operation(operationId = "deleteCustomerGroup", summary = "Delete a customer group",
            description = "Deletes the group and its memberships. A group that a price list is limited to is "
            + "refused (409 customer_group_in_use, with the lists' ids in priceListIds): take it out of those "
            + "lists first, or the list would apply to everyone. Needs pricing:manage.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "customer_group_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "customer_group_in_use")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        groups.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "listCustomerGroupMembers", summary = "A group's members",
            description = "The group's members, most recently added first, paged, with each account's email and "
            + "name (null once the account is deactivated). Needs pricing:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "customer_group_not_found")
    @GetMapping("/{id}/members")
    PageResponse<CustomerGroupMember> members(@PathVariable UUID id, @Valid PageQuery page) {
        return groups.members(id, page.pageable(Sort.unsorted()));
    }

    @Operation(operationId = "addCustomerGroupMembers", summary = "Add members to a group",
            description = "Adds up to 1000 accounts by user id, all or none: an id that names no live account is "
            + "refused (422 unknown_user, the unknown ids in userIds). Accounts already members stay as they "
            + "were. Answers the group with its new member count. Needs pricing:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "customer_group_not_found")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "unknown_user")
    @PostMapping("/{id}/members")
    CustomerGroupView addMembers(@PathVariable UUID id, @Valid @RequestBody CustomerGroupMembersRequest request) {
        return groups.addMembers(id, request.userIds());
    }

    @Operation(operationId = "removeCustomerGroupMember", summary = "Remove a member from a group",
            description = "Takes the account out of the group; its next price no longer counts the group's "
            + "lists. Needs pricing:manage.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"customer_group_not_found", "member_not_found"})
    @DeleteMapping("/{id}/members/{userId}")
    ResponseEntity<Void> removeMember(@PathVariable UUID id, @PathVariable UUID userId) {
        groups.removeMember(id, userId);
        return ResponseEntity.noContent().build();
    }
}
