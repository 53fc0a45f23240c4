package dev.comptoir.reviews;

import dev.comptoir.shared.error.ConflictException;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A customer's review of a product. Its status changes only through {@link #approve} and {@link #reject}. */
@Entity
@Table(name = "reviews")
class Review {

    @Id
    private UUID id;

    private UUID productId;
    private UUID userId;
    private String authorName;
    private int rating;
    private String title;
    private String body;
    private boolean verifiedPurchase;

    @Convert(converter = ReviewStatus.DatabaseConverter.class)
    private ReviewStatus status;

    private Instant createdAt;
    private Instant updatedAt;
    private Instant moderatedAt;
    private String moderatedBy;

    @Version
    private Long version;

    protected Review() {}

    void approve(String by, Instant now) {
        moveTo(ReviewStatus.APPROVED, by, now);
    }

    void reject(String by, Instant now) {
        moveTo(ReviewStatus.REJECTED, by, now);
    }

    private void moveTo(ReviewStatus target, String by, Instant now) {
        if (status == target) {
            throw new ConflictException("invalid_transition", "The review is already " + target.value(),
                    Map.of("reviewStatus", status.value()));
        }
        this.status = target;
        this.moderatedAt = now;
        this.moderatedBy = by;
        this.updatedAt = now;
    }

    boolean isPublic() {
        return status == ReviewStatus.APPROVED;
    }

    UUID id() { return id; }
    UUID productId() { return productId; }
    UUID userId() { return userId; }
    String authorName() { return authorName; }
    int rating() { return rating; }
    String title() { return title; }
    String body() { return body; }
    boolean verifiedPurchase() { return verifiedPurchase; }
    ReviewStatus status() { return status; }
    Instant createdAt() { return createdAt; }
    Instant moderatedAt() { return moderatedAt; }
    String moderatedBy() { return moderatedBy; }
}
