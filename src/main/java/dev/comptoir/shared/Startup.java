package dev.comptoir.shared;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the server has finished starting. Tomcat accepts connections before the start-up runners
 * (bootstrap admin, demo data) have run, and work begun at start (a search index rebuild) goes on
 * after them; until all of it is done {@code /health} answers 503 {@code starting} and readiness is
 * down (this is the {@code startup} health indicator of the readiness group).
 */
@Component("startupHealthIndicator")
public class Startup implements HealthIndicator {

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean runnersDone;

    /** Marks work begun at start that the server is not ready without; call {@link #end} when done. */
    public void begin(String task) {
        pending.add(task);
    }

    public void end(String task) {
        pending.remove(task);
    }

    /** Every application runner has run: Spring Boot publishes this event right after the last one. */
    @EventListener(ApplicationReadyEvent.class)
    void runnersDone() {
        runnersDone = true;
    }

    public boolean ready() {
        return runnersDone && pending.isEmpty();
    }

    @Override
    public Health health() {
        if (ready()) {
            return Health.up().build();
        }
        return Health.outOfService().withDetails(Map.of("pending", runnersDone ? Set.copyOf(pending)
                : Set.of("start-up runners"))).build();
    }
}
