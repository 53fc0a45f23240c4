package dev.comptoir.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The list envelope of SPEC §4: {@code {data: [...], pagination: {page, perPage, total, totalPages}}}. */
public record PageResponse<T>(List<T> data, Pagination pagination) {

    public record Pagination(int page, int perPage, long total, int totalPages) {}

    public static <T> PageResponse<T> of(List<T> data, int page, int perPage, long total) {
        int totalPages = perPage == 0 ? 0 : (int) ((total + perPage - 1) / perPage);
        return new PageResponse<>(data, new Pagination(page, perPage, total, totalPages));
    }

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return of(page.getContent().stream().map(mapper).toList(), page.getNumber() + 1, page.getSize(),
                page.getTotalElements());
    }
}
