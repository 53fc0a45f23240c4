package dev.comptoir.customers.wishlist;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.LocaleParameters;
import dev.comptoir.markets.Market;
import dev.comptoir.markets.MarketParameters;
import dev.comptoir.markets.RequestMarket;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Wishlist", description = "The caller's wishlist")
@RestController
@RequestMapping("/api/users/me/wishlist")
class WishlistController {

    private final Wishlist wishlist;

    WishlistController(Wishlist wishlist) {
        this.wishlist = wishlist;
    }

    record AddRequest(@NotNull UUID productId) {}

    private static final String PRICES = "Each item is priced in the request's market as the product detail "
            + "prices it for the customer: `price` as displayed there (VAT included in a tax-inclusive market), "
            + "the price lists for everyone and the customer's groups applied, `compareAtPrice` the price a sale "
            + "beats (else null), `currency` the market's. A product not sold in the market (no price in its "
            + "currency) stays in the list with `price` null and `stockStatus` `not_sold_in_market`.";

    @LocaleParameters
    @MarketParameters
    @Operation(operationId = "listWishlist", summary = "The wishlist",
            description = "The signed-in customer's wishlist, newest first, paged; names and slugs in the negotiated "
            + "language. " + PRICES)
    @GetMapping
    PageResponse<WishlistItemView> list(@Valid PageQuery page, @RequestMarket Market market, CatalogLocale locale) {
        return wishlist.list(CurrentUser.require(), page, market, locale);
    }

    @Operation(operationId = "addWishlistItem", summary = "Add a product to the wishlist",
            description = "Adds a live product: 201 when added, 200 when it was already there. A wishlist holds a "
            + "limited number of products (422 wishlist_full). The item is answered as the list shows it: " + PRICES)
    @ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Already in the wishlist", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "customer_not_found"})
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "wishlist_full")
    @LocaleParameters
    @MarketParameters
    @PostMapping
    ResponseEntity<WishlistItemView> add(@Valid @RequestBody AddRequest request, @RequestMarket Market market,
            CatalogLocale locale) {
        Wishlist.Added added = wishlist.add(CurrentUser.require(), request.productId(), market, locale);
        return ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK).body(added.item());
    }

    @Operation(operationId = "removeWishlistItem", summary = "Remove a product from the wishlist",
            description = "Removes a product; also 204 when it was not there.")
    @DeleteMapping("/{productId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID productId) {
        wishlist.remove(CurrentUser.require(), productId);
    }
}
