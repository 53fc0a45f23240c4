package dev.comptoir.integrations.webhooks;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A merchant's receiver: a JDK HTTP server on the loopback where each test gets paths of its own
 * ({@link #path}). A path answers 200 unless told otherwise: a queue of status codes
 * ({@link #answer}), always the same code ({@link #alwaysAnswer}), or no answer until released
 * ({@link #hang}). Every request is kept with its headers, body and arrival time.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String path, Headers headers, String body, long receivedNanos) {

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Integer> always = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> hanging = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    /** A long answer body, to see it cut to 2 KB in the delivery log. */
    static final String LONG_BODY = "x".repeat(5000);

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A fresh path on this receiver, as a full URL. */
    public String path(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + "-" + UUID.randomUUID();
    }

    /** The next requests to {@code url} get these codes, in order, then 200. */
    public void answer(String url, Integer... codes) {
        scripted.put(pathOf(url), new ArrayDeque<>(List.of(codes)));
    }

    public void alwaysAnswer(String url, int code) {
        always.put(pathOf(url), code);
    }

    /** Requests to {@code url} get no answer until {@link #release} (then 200) or the receiver closes. */
    public void hang(String url) {
        hanging.put(pathOf(url), new CountDownLatch(1));
    }

    /** The requests held at {@code url} are answered, and the next ones too. */
    public void release(String url) {
        CountDownLatch held = hanging.remove(pathOf(url));
        if (held != null) {
            held.countDown();
        }
    }

    public List<Received> to(String url) {
        String path = pathOf(url);
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(path, exchange.getRequestHeaders(), body, System.nanoTime()));
        try {
            CountDownLatch held = hanging.get(path);
            if (held != null) {
                while (!held.await(50, TimeUnit.MILLISECONDS)) {
                    if (closing.getCount() == 0) {
                        return;
                    }
                }
            }
            Deque<Integer> queue = scripted.get(path);
            Integer next = queue == null ? null : queue.poll();
            int code = next != null ? next : always.getOrDefault(path, 200);
            byte[] answer = (code >= 300 ? LONG_BODY : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static String pathOf(String url) {
        return java.net.URI.create(url).getPath();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
