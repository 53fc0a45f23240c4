package dev.comptoir.customers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the module's events as published (synchronously), so tests can check them. */
@Component
class CustomerEventsProbe {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CustomerRegistered event) {
        events.add(event);
    }

    @EventListener
    void on(CustomerLoggedIn event) {
        events.add(event);
    }

    <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
