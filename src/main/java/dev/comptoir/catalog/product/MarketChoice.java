package dev.comptoir.catalog.product;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The query parameters by which a storefront read chooses its market: {@code market} (a market's code;
 * the {@code X-Market} header says the same, the parameter wins), else {@code country} (the market
 * listing that country), else the default market.
 */
@ParameterObject
public record MarketChoice(
        @Parameter(description = "the market's code (default: the X-Market header, else the market of `country`, "
                + "else the default market); it decides the currency and whether prices include tax")
        @Nullable String market,
        @Parameter(description = "an ISO 3166-1 alpha-2 country: the market listing it, when no market is named")
        @Nullable String country) {

    /** The description of the {@code X-Market} header beside these parameters. */
    public static final String HEADER = "the market's code, when the `market` query parameter is not given";
}
