package dev.comptoir.reviews;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, UUID> {

    Page<Review> findByProductIdAndStatus(UUID productId, ReviewStatus status, Pageable pageable);

    Page<Review> findByStatus(ReviewStatus status, Pageable pageable);

    Page<Review> findByUserId(UUID userId, Pageable pageable);

    Optional<Review> findByIdAndUserId(UUID id, UUID userId);

    /** The unique index decides between two concurrent first reviews: 0 rows means one exists. */
    @Modifying
    @Query(nativeQuery = true, value = """
            INSERT INTO reviews (id, product_id, user_id, author_name, rating, title, body, verified_purchase,
                                 status, created_at, updated_at)
            VALUES (:id, :productId, :userId, :authorName, :rating, :title, :body, :verified, :status, :now, :now)
            ON CONFLICT (product_id, user_id) DO NOTHING""")
    int insertIfAbsent(UUID id, UUID productId, UUID userId, String authorName, int rating, String title, String body,
            boolean verified, String status, Instant now);
}
