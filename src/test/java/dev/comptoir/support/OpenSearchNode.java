package dev.comptoir.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.transport.TransportAddress;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.transport.Netty4Plugin;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.FileSystemUtils;

/**
 * A real OpenSearch 2.19 node in the test JVM, started once on first use and closed when the JVM
 * exits, as OpenSearch's own test framework runs one (no Docker here): the server from Maven
 * Central with the plugins Comptoir needs (HTTP, the analyzers, {@code scaled_float},
 * {@code _delete_by_query}). As an initializer it points a test context's search backend at it,
 * with the production indexing settings (not the test profile's {@code sync}), and gives that
 * context its own embedded database (never TEST_DB_URL's: its start-up clean would wipe the
 * schema the main context is using).
 */
public final class OpenSearchNode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String address;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "comptoir.search.backend=elasticsearch",
                "comptoir.search.hosts=" + address(),
                "comptoir.search.version=opensearch:2.19",
                // what production runs with (SearchBackendConfiguration picks it), not the test profile's sync
                "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=",
                "comptoir.data-dir=target/test-data-opensearch",
                "comptoir.db.url=");
    }

    /**
     * Runs a node on its own, for {@code bench/cluster}: prints {@code OPENSEARCH host:port} once it
     * listens, then serves until the process is stopped.
     */
    public static void main(String[] args) throws InterruptedException {
        System.out.println("OPENSEARCH " + address());
        Thread.currentThread().join();
    }

    /** host:port of the node's HTTP endpoint, the node started on first call. */
    public static synchronized String address() {
        if (address == null) {
            address = start();
        }
        return address;
    }

    private static String start() {
        // Netty is already in use in this JVM (Redis, Reactor): do not let OpenSearch set its processor count
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        System.setProperty("es.set.netty.runtime.available.processors", "false");
        try {
            Path home = Files.createTempDirectory("comptoir-opensearch");
            Settings settings = Settings.builder()
                    .put("cluster.name", "comptoir-test")
                    .put("node.name", "comptoir-test")
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("network.host", "127.0.0.1")
                    .put("http.port", "0")          // ephemeral: read back below
                    .put("transport.port", "0")
                    .put("http.type", "netty4")
                    .put("transport.type", "netty4")
                    .put("discovery.type", "single-node")
                    // a nearly full disk must not turn the test indexes read-only
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    // the heap is shared with the application contexts: no real-memory circuit breaker
                    .put("indices.breaker.total.use_real_memory", false)
                    .build();
            Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(),
                    null, () -> "comptoir-test");
            Node node = new TestNode(environment).start();
            TransportAddress http = node.injector().getInstance(HttpServerTransport.class).boundAddress()
                    .publishAddress();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    node.close();
                } catch (IOException | RuntimeException ignored) {
                    // the JVM is going away anyway
                }
                FileSystemUtils.deleteRecursively(home.toFile());
            }, "opensearch-stop"));
            return http.getAddress() + ":" + http.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NodeValidationException e) {
            throw new IllegalStateException("OpenSearch node did not start", e);
        }
    }

    /** A node whose plugins are classes on the test classpath, not a plugins directory. */
    private static final class TestNode extends Node {

        TestNode(Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, MapperExtrasPlugin.class,
                    ReindexPlugin.class), true);
        }

        @Override
        protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
            // it sets log4j-core's node-id converter, and the tests log through Logback
        }
    }
}
