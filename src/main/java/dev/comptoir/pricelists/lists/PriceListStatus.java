package dev.comptoir.pricelists.lists;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Only an {@code active} list prices anything; a {@code draft} is being prepared. */
enum PriceListStatus {
    @JsonProperty("active")
    ACTIVE("active"),
    @JsonProperty("draft")
    DRAFT("draft");

    private final String code;

    PriceListStatus(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static PriceListStatus fromCode(String code) {
        for (PriceListStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown price list status " + code);
    }
}
