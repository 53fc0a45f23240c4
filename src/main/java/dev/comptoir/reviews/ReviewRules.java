package dev.comptoir.reviews;

/** The reviews routes' {@code @PreAuthorize} rules. */
final class ReviewRules {

    /** Writing a review is for customers' accounts, not staff ones. */
    static final String CUSTOMER = "hasRole('customer')";
    static final String MODERATOR = "hasAuthority('catalog:write')";

    private ReviewRules() {}
}
