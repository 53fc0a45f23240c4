package dev.comptoir.shared.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * {@code page} (from 1) and {@code limit} (1–100) query parameters, bound from the URL with
 * {@code @Valid PageQuery page}. A page of 0 or a limit over 100 is a 400 naming the parameter.
 */
public record PageQuery(@Min(value = 1, message = "must be at least 1") Integer page,
                        @Min(value = 1, message = "must be at least 1")
                        @Max(value = 100, message = "must be at most 100") Integer limit) {

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
