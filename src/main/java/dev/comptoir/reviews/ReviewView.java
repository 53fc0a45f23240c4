package dev.comptoir.reviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A review as the routes return it. The public list leaves out {@code status} and the moderation
 * members; the author sees the status of their own reviews; moderators see everything.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReviewView(UUID id, UUID productId, UUID userId, String authorName, int rating, String title, String body,
        boolean verifiedPurchase, ReviewStatus status, Instant createdAt, Instant moderatedAt, String moderatedBy) {

    static ReviewView publicView(Review r) {
        return new ReviewView(r.id(), r.productId(), null, r.authorName(), r.rating(), r.title(), r.body(),
                r.verifiedPurchase(), null, r.createdAt(), null, null);
    }

    static ReviewView authorView(Review r) {
        return new ReviewView(r.id(), r.productId(), null, r.authorName(), r.rating(), r.title(), r.body(),
                r.verifiedPurchase(), r.status(), r.createdAt(), null, null);
    }

    static ReviewView moderatorView(Review r) {
        return new ReviewView(r.id(), r.productId(), r.userId(), r.authorName(), r.rating(), r.title(), r.body(),
                r.verifiedPurchase(), r.status(), r.createdAt(), r.moderatedAt(), r.moderatedBy());
    }
}
