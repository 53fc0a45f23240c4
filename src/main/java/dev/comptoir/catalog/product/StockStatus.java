package dev.comptoir.catalog.product;

/** SPEC thresholds: in_stock above 10, low_stock from 1 to 10, out_of_stock at 0. */
public final class StockStatus {

    public static final String IN_STOCK = "in_stock";
    public static final String LOW_STOCK = "low_stock";
    public static final String OUT_OF_STOCK = "out_of_stock";
    public static final int LOW_STOCK_THRESHOLD = 10;

    private StockStatus() {}

    public static String of(int stock) {
        if (stock <= 0) {
            return OUT_OF_STOCK;
        }
        return stock <= LOW_STOCK_THRESHOLD ? LOW_STOCK : IN_STOCK;
    }
}
