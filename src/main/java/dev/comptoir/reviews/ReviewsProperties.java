package dev.comptoir.reviews;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code comptoir.reviews.auto-approve} ({@code REVIEWS_AUTO_APPROVE}): publish new reviews at once
 * instead of holding them for moderation. Off by default.
 */
@ConfigurationProperties("comptoir.reviews")
record ReviewsProperties(@DefaultValue("false") boolean autoApprove) {}
