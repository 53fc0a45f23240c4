package dev.comptoir.markets;

import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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

@Tag(name = "Admin: markets", description = "Where the shop sells: countries, currency, tax mode, languages, shipping")
@RestController
@RequestMapping("/api/admin/markets")
@PreAuthorize("hasAuthority('markets:manage')")
class MarketAdminController {

    private static final String RULES = " Every country of the market must be in one of its shipping zones; zone "
            + "amounts are in the market's currency with at most its decimals (JPY none), and include tax in a "
            + "tax-inclusive market. A country belongs to one market.";

    private final MarketAdminService admin;

    MarketAdminController(MarketAdminService admin) {
        this.admin = admin;
    }

    @Operation(operationId = "listMarkets", summary = "List markets",
            description = "Every market with its shipping zones, the default first, then by code. Needs markets:manage.")
    @GetMapping
    List<MarketView> list() {
        return admin.list().stream().map(MarketView::of).toList();
    }

    @Operation(operationId = "getMarket", summary = "One market",
            description = "A market with its countries, currency, tax mode, locales and shipping zones. Needs "
                    + "markets:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "market_not_found")
    @GetMapping("/{code}")
    MarketView get(@PathVariable String code) {
        return MarketView.of(admin.get(code));
    }

    @Operation(operationId = "createMarket", summary = "Create a market",
            description = "Creates a market: a code (stored lower-case), countries (the first one's VAT rate is in the "
                    + "prices shown), a currency with 0 or 2 decimals, the tax mode, locales and shipping zones."
                    + RULES + " Needs markets:manage.")
    @ApiResponse(responseCode = "201", description = "The created market", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"invalid_country", "unsupported_currency", "invalid_amount"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"duplicate_market_code", "country_in_other_market"})
    @PostMapping
    ResponseEntity<MarketView> create(@Valid @RequestBody MarketRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(MarketView.of(admin.create(request)));
    }

    @Operation(operationId = "replaceMarket", summary = "Replace a market",
            description = "Replaces a market's settings. Its code and currency cannot change (a market's prices, carts "
                    + "and orders are in its currency: create another market instead); `code` may be left out."
                    + RULES + " Needs markets:manage.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"invalid_country", "unsupported_currency", "invalid_amount"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "market_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"country_in_other_market", "market_currency_fixed"})
    @PutMapping("/{code}")
    MarketView update(@PathVariable String code, @Valid @RequestBody MarketRequest request) {
        return MarketView.of(admin.update(code, request));
    }

    @Operation(operationId = "deleteMarket", summary = "Delete a market",
            description = "Deletes a market; requests choosing its countries are then in the default market. "
                    + "Orders placed in it keep their market, currency and tax mode. The default market cannot be "
                    + "deleted. Needs markets:manage.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "market_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "default_market")
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        admin.delete(code);
        return ResponseEntity.noContent().build();
    }
}
