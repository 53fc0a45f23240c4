package dev.comptoir.reviews;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import java.util.Map;
import org.springframework.data.domain.Sort;

/** The public list's {@code sort}: newest first (default), highest or lowest rating first. */
enum ReviewSort {
    NEWEST(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))),
    HIGHEST(Sort.by(Sort.Order.desc("rating"), Sort.Order.desc("createdAt"), Sort.Order.asc("id"))),
    LOWEST(Sort.by(Sort.Order.asc("rating"), Sort.Order.desc("createdAt"), Sort.Order.asc("id")));

    final Sort sort;

    ReviewSort(Sort sort) {
        this.sort = sort;
    }

    static ReviewSort parse(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST;
        }
        return switch (value) {
            case "newest" -> NEWEST;
            case "highest" -> HIGHEST;
            case "lowest" -> LOWEST;
            default -> throw new BadRequestException("invalid_data",
                    "Invalid request: sort must be newest, highest or lowest",
                    Map.of("errors", FieldProblem.single("sort", "must be newest, highest or lowest")));
        };
    }
}
