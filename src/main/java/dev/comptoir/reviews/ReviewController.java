package dev.comptoir.reviews;

import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "Approved reviews of a product; sort newest (default), highest or lowest")
    @GetMapping("/api/products/{id}/reviews")
    PageResponse<ReviewView> list(@PathVariable UUID id, @RequestParam(required = false) String sort,
            @Valid PageQuery page) {
        return reviews.publicList(id, ReviewSort.parse(sort), page);
    }

    @Operation(summary = "Review a product (customers; one review per product); pending until approved")
    @PostMapping("/api/products/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ReviewRules.CUSTOMER)
    ReviewView create(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
        return reviews.create(CurrentUser.require(), id, request);
    }

    @Operation(summary = "The caller's own reviews in every status, newest first")
    @GetMapping("/api/users/me/reviews")
    PageResponse<ReviewView> mine(@Valid PageQuery page) {
        return reviews.mine(CurrentUser.require(), page);
    }

    @Operation(summary = "One of the caller's own reviews, whatever its status")
    @GetMapping("/api/users/me/reviews/{id}")
    ReviewView mine(@PathVariable UUID id) {
        return reviews.mine(CurrentUser.require(), id);
    }

    @Operation(summary = "Delete one of the caller's own reviews")
    @DeleteMapping("/api/users/me/reviews/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        reviews.deleteOwn(CurrentUser.require(), id);
    }
}
