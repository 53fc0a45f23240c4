package dev.comptoir.pricelists.lists;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.comptoir.pricelists.AppliedPrice;

/**
 * What a list's amounts do (ADR 0010): an {@code override} replaces the regular price (a B2B or VIP
 * price, lower or higher); a {@code sale} is a reduction shown against the price it beats.
 */
enum PriceListType {
    @JsonProperty(AppliedPrice.SALE)
    SALE(AppliedPrice.SALE),
    @JsonProperty(AppliedPrice.OVERRIDE)
    OVERRIDE(AppliedPrice.OVERRIDE);

    private final String code;

    PriceListType(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static PriceListType fromCode(String code) {
        for (PriceListType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown price list type " + code);
    }
}
