package dev.comptoir.pricelists.lists;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.web.InstantParam;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Admin: price lists", description = "Sale and override prices per SKU and currency, for everyone "
        + "or for customer groups (ADR 0010)")
@RestController
@RequestMapping("/api/admin/price-lists")
@PreAuthorize("hasAuthority('pricing:manage')")
class PriceListController {

    private static final String BODY_RULES = " The currency is an ISO 4217 code with 0 or 2 decimals (400 "
            + "unsupported_currency otherwise, KWD or BHD included); each amount is net, 0 or more, with at most the "
            + "currency's decimals (400 invalid_amount: JPY 12.5, EUR 1.234); a SKU appears once (400 "
            + "duplicate_sku); endsAt is after startsAt; up to 10,000 prices; every customerGroupIds entry names a "
            + "group (422 unknown_customer_group). Any well-formed SKU is accepted: one the catalog does not have "
            + "yet prices nothing until it exists. Needs pricing:manage.";

    private final PriceListService lists;

    PriceListController(PriceListService lists) {
        this.lists = lists;
    }

    @Operation(operationId = "listPriceLists", summary = "List price lists",
            description = "Price lists, newest first, paged, without their prices (priceCount says how many); "
            + "`currency` and `status` keep those lists. Needs pricing:manage.")
    @GetMapping
    PageResponse<PriceListSummary> list(@Valid PageQuery page,
            @Parameter(description = "keeps the lists in this currency, e.g. EUR")
            @RequestParam(required = false) @Nullable String currency,
            @Parameter(description = "keeps the active or the draft lists",
                    schema = @Schema(allowableValues = {"active", "draft"}))
            @RequestParam(required = false) @Nullable String status) {
        return lists.list(currency, status(status),
                page.pageable(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
    }

    private static @Nullable PriceListStatus status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PriceListStatus.fromCode(status.strip());
        } catch (IllegalArgumentException e) {
            throw InstantParam.invalid("status", "must be active or draft");
        }
    }

    @Operation(operationId = "getPriceList", summary = "One price list",
            description = "A price list with its settings and all its prices, sorted by SKU. Needs pricing:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "price_list_not_found")
    @GetMapping("/{id}")
    PriceListView get(@PathVariable UUID id) {
        return lists.get(id);
    }

    @Operation(operationId = "createPriceList", summary = "Create a price list",
            description = "Creates a sale or override list (ADR 0010: an override replaces the regular price, the "
            + "lowest sale below it wins and shows it as compareAtPrice). status defaults to draft, which prices "
            + "nothing; no customerGroupIds makes it everyone's." + BODY_RULES)
    @ApiResponse(responseCode = "201", description = "The created price list", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"unsupported_currency", "invalid_amount", "duplicate_sku"})
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "unknown_customer_group")
    @PostMapping
    ResponseEntity<PriceListView> create(@Valid @RequestBody PriceListRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(lists.create(request));
    }

    @Operation(operationId = "replacePriceList", summary = "Replace a price list",
            description = "Replaces the list's settings and all its prices at once: a price left out is removed."
            + BODY_RULES)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"unsupported_currency", "invalid_amount", "duplicate_sku"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "price_list_not_found")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "unknown_customer_group")
    @PutMapping("/{id}")
    PriceListView update(@PathVariable UUID id, @Valid @RequestBody PriceListRequest request) {
        return lists.update(id, request);
    }

    @Operation(operationId = "deletePriceList", summary = "Delete a price list",
            description = "Deletes the list and its prices; orders that used it keep its id on their lines. To "
            + "stop it for a while, set it to draft instead. Needs pricing:manage.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "price_list_not_found")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        lists.delete(id);
        return ResponseEntity.noContent().build();
    }
}
