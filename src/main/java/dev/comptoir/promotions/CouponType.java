package dev.comptoir.promotions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a coupon gives: a percentage of the subtotal, a fixed amount off it, or free shipping. */
public enum CouponType {
    @JsonProperty("percentage")
    PERCENTAGE("percentage"),
    @JsonProperty("fixed_amount")
    FIXED_AMOUNT("fixed_amount"),
    @JsonProperty("free_shipping")
    FREE_SHIPPING("free_shipping");

    private final String code;

    CouponType(String code) {
        this.code = code;
    }

    /** The value stored in the database and sent in JSON. */
    public String code() {
        return code;
    }

    static CouponType fromCode(String code) {
        for (CouponType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown coupon type " + code);
    }
}
