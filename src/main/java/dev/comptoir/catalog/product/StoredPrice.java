package dev.comptoir.catalog.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One currency's entry of the {@code prices} JSON of a product or variant row (see V20). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoredPrice(BigDecimal amount, BigDecimal compareAtPrice) {}
