package dev.comptoir.catalog.listing;

import java.util.Arrays;
import java.util.Optional;

/** The SPEC's sort orders. {@code relevance} needs a search engine; the database listing reads it as newest. */
public enum ProductSort {
    RELEVANCE("relevance"),
    PRICE_ASC("price_asc"),
    PRICE_DESC("price_desc"),
    NEWEST("newest"),
    RATING("rating"),
    NAME("name");

    private final String param;

    ProductSort(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public static Optional<ProductSort> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst();
    }
}
