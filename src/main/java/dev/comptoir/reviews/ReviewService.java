package dev.comptoir.reviews;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.ProductSummary;
import dev.comptoir.customers.CustomerService;
import dev.comptoir.customers.CustomerSummary;
import dev.comptoir.orders.OrderService;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, reading and moderating reviews. Only approved reviews are public; an author sees their
 * own in any status; anyone else's non-public review answers 404 exactly like a missing one. Every
 * change to the approved set goes through {@link ProductRating}, which keeps the catalog's rating exact.
 */
@Service
class ReviewService {

    private final ReviewRepository reviews;
    private final ProductRating rating;
    private final CatalogService catalog;
    private final OrderService orders;
    private final CustomerService customers;
    private final ReviewsProperties properties;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ProductRating rating, CatalogService catalog, OrderService orders,
            CustomerService customers, ReviewsProperties properties, Clock clock) {
        this.reviews = reviews;
        this.rating = rating;
        this.catalog = catalog;
        this.orders = orders;
        this.customers = customers;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResponse<ReviewView> publicList(UUID productId, ReviewSort sort, PageQuery page) {
        liveProduct(productId);
        return PageResponse.of(reviews.findByProductIdAndStatus(productId, ReviewStatus.APPROVED,
                page.pageable(sort.sort)), ReviewView::publicView);
    }

    @Transactional
    ReviewView create(UUID userId, UUID productId, ReviewRequest request) {
        liveProduct(productId);
        CustomerSummary author = customers.find(userId)
                .orElseThrow(() -> new NotFoundException("customer_not_found", "This account no longer exists"));
        boolean approved = properties.autoApprove();
        if (approved) {
            rating.lock(productId);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int inserted = reviews.insertIfAbsent(id, productId, userId, authorName(author), request.rating(),
                clean(request.title()), clean(request.body()), orders.hasPaidOrderContaining(userId, productId),
                (approved ? ReviewStatus.APPROVED : ReviewStatus.PENDING).value(), now);
        if (inserted == 0) {
            throw new ConflictException("review_exists", "You have already reviewed this product");
        }
        if (approved) {
            rating.recompute(productId);
        }
        return ReviewView.authorView(reviews.findById(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    PageResponse<ReviewView> mine(UUID userId, PageQuery page) {
        return PageResponse.of(reviews.findByUserId(userId, page.pageable(ReviewSort.NEWEST.sort)),
                ReviewView::authorView);
    }

    @Transactional(readOnly = true)
    ReviewView mine(UUID userId, UUID reviewId) {
        return reviews.findByIdAndUserId(reviewId, userId).map(ReviewView::authorView)
                .orElseThrow(ReviewService::notFound);
    }

    @Transactional
    void deleteOwn(UUID userId, UUID reviewId) {
        delete(reviewId, r -> r.userId().equals(userId));
    }

    @Transactional(readOnly = true)
    PageResponse<ReviewView> moderationQueue(ReviewStatus status, PageQuery page) {
        var sort = ReviewSort.NEWEST.sort;
        return PageResponse.of(status == null ? reviews.findAll(page.pageable(sort))
                : reviews.findByStatus(status, page.pageable(sort)), ReviewView::moderatorView);
    }

    @Transactional
    ReviewView approve(UUID reviewId, String by) {
        Review review = lockedForChange(reviewId);
        review.approve(by, clock.instant());
        reviews.flush();
        rating.recompute(review.productId());
        return ReviewView.moderatorView(review);
    }

    @Transactional
    ReviewView reject(UUID reviewId, String by) {
        Review review = lockedForChange(reviewId);
        boolean wasPublic = review.isPublic();
        review.reject(by, clock.instant());
        if (wasPublic) {
            reviews.flush();
            rating.recompute(review.productId());
        }
        return ReviewView.moderatorView(review);
    }

    @Transactional
    void deleteAny(UUID reviewId) {
        delete(reviewId, r -> true);
    }

    private void delete(UUID reviewId, java.util.function.Predicate<Review> allowed) {
        Review review = lockedForChange(reviewId);
        if (!allowed.test(review)) {
            throw notFound();
        }
        reviews.delete(review);
        if (review.isPublic()) {
            reviews.flush();
            rating.recompute(review.productId());
        }
    }

    // The product's lock comes first, then the review is read: it is then current, and two moderators
    // of the same review are serialised too.
    private Review lockedForChange(UUID reviewId) {
        UUID productId = rating.productOf(reviewId).orElseThrow(ReviewService::notFound);
        rating.lock(productId);
        return reviews.findById(reviewId).orElseThrow(ReviewService::notFound);
    }

    private void liveProduct(UUID productId) {
        catalog.findProduct(productId).filter(ProductSummary::active)
                .orElseThrow(() -> new NotFoundException("product_not_found", "No such product"));
    }

    /** "Ada L.": what the public sees of the author. */
    private static String authorName(CustomerSummary c) {
        String last = c.lastName() == null || c.lastName().isBlank() ? "" : " " + c.lastName().strip().charAt(0) + ".";
        return (c.firstName() == null ? "Customer" : c.firstName().strip()) + last;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static NotFoundException notFound() {
        return new NotFoundException("review_not_found", "No such review");
    }
}
