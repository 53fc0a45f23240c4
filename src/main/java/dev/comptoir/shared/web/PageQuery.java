package dev.comptoir.shared.web;

import jakarta.validation.constraints.Max;
import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * {@code page} (from 1 to {@value #MAX_PAGE}) and {@code limit} (1–100) query parameters, bound from
 * the URL with {@code @Valid PageQuery page}. A page out of range or a limit over 100 is a 400 naming
 * the parameter (a huge page would overflow the row offset).
 */
@ParameterObject
public record PageQuery(@Min(value = 1, message = "must be at least 1")
                        @Max(value = PageQuery.MAX_PAGE, message = "must be at most " + PageQuery.MAX_PAGE) Integer page,
                        @Min(value = 1, message = "must be at least 1")
                        @Max(value = 100, message = "must be at most 100") Integer limit) {

    public static final int MAX_PAGE = 10_000_000; // 100 per page: the row offset still fits an int

    public int pageOrDefault() {
        return page == null ? 1 : page;
    }

    public int limitOrDefault() {
        return limit == null ? 20 : limit;
    }

    public Pageable pageable(Sort sort) {
        return PageRequest.of(pageOrDefault() - 1, limitOrDefault(), sort);
    }
}
