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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Moderation needs {@code catalog:write}: reviews are catalog content (the catalog_manager role). */
@Tag(name = "Admin: reviews", description = "Moderation (catalog:write)")
@RestController
@RequestMapping("/api/admin/reviews")
class AdminReviewController {

    private final ReviewService reviews;

    AdminReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Operation(operationId = "listReviewsForModeration", summary = "Reviews to moderate",
            description = "Reviews by status (pending, approved, rejected; every status when absent), newest first, "
            + "paged. Needs catalog:write.")
    @GetMapping
    @PreAuthorize(ReviewRules.MODERATOR)
    PageResponse<ReviewView> list(@Parameter(schema = @Schema(allowableValues = {"pending", "approved", "rejected"}))
            @RequestParam(required = false) String status, @Valid PageQuery page) {
        return reviews.moderationQueue(status == null ? null : ReviewStatus.parse(status, "status"), page);
    }

    @Operation(operationId = "approveReview", summary = "Approve a review",
            description = "Publishes a review; the product's rating follows. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "review_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "invalid_transition")
    @PostMapping("/{id}/approve")
    @PreAuthorize(ReviewRules.MODERATOR)
    ReviewView approve(@PathVariable UUID id) {
        return reviews.approve(id, CurrentUser.actor("staff"));
    }

    @Operation(operationId = "rejectReview", summary = "Reject a review",
            description = "Refuses a pending review or withdraws an approved one; the product's rating follows. "
            + "Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "review_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "invalid_transition")
    @PostMapping("/{id}/reject")
    @PreAuthorize(ReviewRules.MODERATOR)
    ReviewView reject(@PathVariable UUID id) {
        return reviews.reject(id, CurrentUser.actor("staff"));
    }

    @Operation(operationId = "deleteReview", summary = "Delete a review",
            description = "Deletes any review; the product's rating follows. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "review_not_found")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(ReviewRules.MODERATOR)
    void delete(@PathVariable UUID id) {
        reviews.deleteAny(id);
    }
}
