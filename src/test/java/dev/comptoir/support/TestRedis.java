package dev.comptoir.support;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A Redis for tests. With {@code TEST_REDIS=1} it is the one on 127.0.0.1:6379, and the test fails if it
 * does not answer. Otherwise it is a {@code redis-server} started here on a free port (no persistence)
 * and stopped by {@link #close()}; without that binary the calling test is skipped with the reason.
 * Tests must only delete their own keys ({@link #deleteKeys}): a shared Redis is never flushed.
 */
public final class TestRedis implements AutoCloseable {

    private final int port;
    private final Process process;

    private TestRedis(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static TestRedis startOrSkip() throws IOException, InterruptedException {
        if ("1".equals(System.getenv("TEST_REDIS"))) {
            Assertions.assertTrue(answersPing(6379),
                    "TEST_REDIS=1 but no Redis answers PING on 127.0.0.1:6379");
            return new TestRedis(6379, null);
        }
        Optional<Path> binary = onPath("redis-server");
        if (binary.isEmpty()) {
            Assumptions.abort("Skipped: no redis-server on PATH to start (install redis-server, or set TEST_REDIS=1"
                    + " with a Redis on 127.0.0.1:6379)");
        }
        int port = freePort();
        Path log = Files.createTempFile("test-redis-", ".log");
        Process process = new ProcessBuilder(binary.get().toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        TestRedis redis = new TestRedis(port, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!answersPing(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                redis.close();
                Assertions.fail("redis-server did not start on port " + port + ": " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return redis;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Whether this Redis was started here (and so may be stopped by a test). */
    public boolean owned() {
        return process != null;
    }

    /** Deletes the keys under {@code prefix} (SCAN + DEL, never FLUSHALL); returns how many went. */
    public long deleteKeys(String prefix) {
        RedisClient client = RedisClient.create(url());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            long deleted = 0;
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
                if (!page.getKeys().isEmpty()) {
                    deleted += redis.del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
            return deleted;
        } finally {
            client.shutdown();
        }
    }

    /** The keys under {@code prefix} with their time to live in milliseconds (-1: none). */
    public java.util.Map<String, Long> keys(String prefix) {
        RedisClient client = RedisClient.create(url());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            java.util.Map<String, Long> keys = new java.util.TreeMap<>();
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
                page.getKeys().forEach(key -> keys.put(key, redis.pttl(key)));
                cursor = page;
            } while (!cursor.isFinished());
            return keys;
        } finally {
            client.shutdown();
        }
    }

    public boolean running() {
        return answersPing(port);
    }

    /** Stops a Redis started here (no-op for the shared one). */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static boolean answersPing(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
