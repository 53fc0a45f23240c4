package dev.comptoir.integrations.webhooks;

import static org.awaitility.Awaitility.await;

import dev.comptoir.integrations.IntegrationEvent;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test (run by name: {@code -Dtest=WebhookLatencyBench}): prints the delivery latency after
 * commit — from the commit of the transaction publishing the integration event to the receiver
 * getting the request — for 50 events one after the other, and 50 at once to one endpoint.
 */
@SystemTest
class WebhookLatencyBench {

    @Autowired
    TestCatalog catalog;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    dev.comptoir.support.TestTokens tokens;

    private final Map<String, Long> committed = new ConcurrentHashMap<>();

    @Test
    void measure() throws Exception {
        context.addApplicationListener((ApplicationListener<PayloadApplicationEvent<IntegrationEvent>>) e -> {
            String id = e.getPayload().id();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.put(id, System.nanoTime());
                }
            });
        });
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String url = receiver.path("bench");
            String id = RestAssured.given().auth().oauth2(tokens.admin()).contentType("application/json")
                    .body(Map.of("url", url, "events", List.of("*"))).post("/api/admin/webhooks").then()
                    .statusCode(201).extract().path("id");
            try {
                catalog.product("1.00", 1); // warm-up
                await().until(() -> receiver.to(url).size() == 1);

                // 50 products created one after the other, each awaited
                for (int i = 0; i < 50; i++) {
                    int before = receiver.to(url).size();
                    catalog.product("1.00", 1);
                    await().pollInterval(Duration.ofMillis(2)).until(() -> receiver.to(url).size() > before);
                }
                report("sequential, from the integration event's commit", latencies(receiver, url, 1, 51));

                // 50 integration events committed at once (one transaction) to the one endpoint
                int start = receiver.to(url).size();
                tx.executeWithoutResult(s -> {
                    for (int i = 0; i < 50; i++) {
                        String msg = "msg_bench" + java.util.UUID.randomUUID().toString().replace("-", "");
                        events.publishEvent(new IntegrationEvent(msg, "product.updated", Instant.now(),
                                "{\"id\":\"" + msg + "\"}"));
                    }
                });
                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.to(url).size() == start + 50);
                report("50 at once (one commit), from that commit", latencies(receiver, url, start, start + 50));

                // 50 products created by 10 clients at once
                int from = receiver.to(url).size();
                ExecutorService clients = Executors.newFixedThreadPool(10);
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    done.add(clients.submit(() -> catalog.product("1.00", 1)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                clients.shutdown();
                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.to(url).size() == from + 50);
                report("50 products by 10 clients at once, from each event's commit",
                        latencies(receiver, url, from, from + 50));
            } finally {
                RestAssured.given().auth().oauth2(tokens.admin()).delete("/api/admin/webhooks/{id}", id);
            }
        }
    }

    private List<Long> latencies(WebhookReceiver receiver, String url, int from, int to) {
        List<Long> out = new ArrayList<>();
        for (WebhookReceiver.Received r : receiver.to(url).subList(from, to)) {
            Long commit = committed.get(r.header("webhook-id"));
            if (commit != null) {
                out.add(r.receivedNanos() - commit);
            }
        }
        return out;
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        System.out.printf("WEBHOOK LATENCY %s: n=%d median=%.1f ms p90=%.1f ms max=%.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
