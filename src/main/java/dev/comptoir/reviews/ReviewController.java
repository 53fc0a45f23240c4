package dev.comptoir.reviews;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reviews", description = "Product reviews: public list, writing one, the author's own")
@RestController
class ReviewController {

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Operation(operationId = "listProductReviews", summary = "A product's reviews",
            description = "The approved reviews of a live product, paged; sort newest (default), highest or lowest "
            + "rating.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @GetMapping("/api/products/{id}/reviews")
    PageResponse<ReviewView> list(@PathVariable UUID id, @Parameter(schema = @Schema(allowableValues = {"newest", "highest", "lowest"}))
            @RequestParam(required = false) String sort,
            @Valid PageQuery page) {
        return reviews.publicList(id, ReviewSort.parse(sort), page);
    }

    @Operation(operationId = "createReview", summary = "Review a product",
            description = "A customer reviews a live product once (1-5 stars, title, body); a purchase makes it a "
            + "verified review. It is pending until a moderator approves it, unless "
            + "REVIEWS_AUTO_APPROVE.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "customer_not_found"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "review_exists")
    @PostMapping("/api/products/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ReviewRules.CUSTOMER)
    ReviewView create(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
        return reviews.create(CurrentUser.require(), id, request);
    }

    @Operation(operationId = "listMyReviews", summary = "My reviews",
            description = "The signed-in customer's own reviews in every status, newest first, paged.")
    @GetMapping("/api/users/me/reviews")
    PageResponse<ReviewView> mine(@Valid PageQuery page) {
        return reviews.mine(CurrentUser.require(), page);
    }

    @Operation(operationId = "getMyReview", summary = "One of my reviews",
            description = "One of the signed-in customer's own reviews, whatever its status.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "review_not_found")
    @GetMapping("/api/users/me/reviews/{id}")
    ReviewView mine(@PathVariable UUID id) {
        return reviews.mine(CurrentUser.require(), id);
    }

    @Operation(operationId = "deleteMyReview", summary = "Delete one of my reviews",
            description = "Deletes one of the signed-in customer's own reviews; the product's rating follows.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "review_not_found")
    @DeleteMapping("/api/users/me/reviews/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        reviews.deleteOwn(CurrentUser.require(), id);
    }
}
