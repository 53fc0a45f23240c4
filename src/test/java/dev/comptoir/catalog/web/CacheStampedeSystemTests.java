package dev.comptoir.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Concurrent first reads of one key: a single request computes the answer, the others wait for it. */
@SystemTest
class CacheStampedeSystemTests {

    @Autowired
    TestCatalog catalog;

    @Autowired
    CatalogGeneration generation;

    @Test
    void concurrentFirstReadsOfOneKeyGoThroughTheServerOnce() throws Exception {
        catalog.product("12.00", 50);
        // A catalog change committed meanwhile (an earlier test's outbox work, an expiry) rightly makes the
        // cache compute again: such a round proves nothing, so it is run again, up to five times.
        for (int round = 1; ; round++) {
            long before = generation.current();
            List<String> seen = race();
            if (generation.current() == before || round == 5) {
                assertThat(generation.current()).as("the catalog kept changing during every round").isEqualTo(before);
                assertThat(seen).containsOnlyOnce("MISS").hasSize(READERS);
                return;
            }
        }
    }

    private static final int READERS = 12;

    private static List<String> race() throws Exception {
        // a parameter of this test's own, unknown to the document, gives a key no other read has cached
        String path = "/api/products?limit=7&sort=newest&stampede=" + UUID.randomUUID();
        var pool = Executors.newFixedThreadPool(READERS);
        var start = new CountDownLatch(1);
        try {
            List<Future<String>> caches = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                caches.add(pool.submit(() -> {
                    start.await();
                    var response = Contract.invalidRequest().get(path);
                    assertThat(response.statusCode()).isEqualTo(200);
                    return response.header("X-Cache");
                }));
            }
            start.countDown();
            List<String> seen = new ArrayList<>();
            for (var f : caches) {
                seen.add(f.get());
            }
            return seen;
        } finally {
            pool.shutdownNow();
        }
    }
}
