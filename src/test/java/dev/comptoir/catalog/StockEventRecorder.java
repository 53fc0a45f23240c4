package dev.comptoir.catalog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the catalog's stock events so that tests can check what a ledger would receive. */
@Component
public class StockEventRecorder {

    private final List<StockChanged> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(StockChanged event) {
        events.add(event);
    }

    public List<StockChanged> forSku(String sku) {
        return events.stream().filter(e -> e.sku().equals(sku)).toList();
    }
}
