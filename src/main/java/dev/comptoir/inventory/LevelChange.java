package dev.comptoir.inventory;

/**
 * One ledger line to write: a level's on-hand and reserved moved by signed deltas (not both zero), for
 * {@code reason}. Applied by {@link LevelWriter} as a conditional UPDATE that keeps
 * {@code 0 <= reserved <= on_hand}.
 */
record LevelChange(String sku, String location, int onHandDelta, int reservedDelta, String reason) {

    static final String RESERVATION = "reservation";
    static final String CANCELLATION = "cancellation";
    static final String SALE = "sale";
    static final String ADJUSTMENT = "adjustment";
    static final String RESTOCK = "restock";
    static final String RETURN = "return";
    static final String TRANSFER = "transfer";
    static final String WRITE_OFF = "write_off";

    LevelChange {
        if (onHandDelta == 0 && reservedDelta == 0) {
            throw new IllegalArgumentException("A level change moves on-hand or reserved units");
        }
    }

    String key() {
        return sku + "\u0000" + location;
    }
}
