import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The benchmark's reference: a minimal JDK HTTP server answering a fixed 2 KB JSON document, so that
 * Comptoir's figures can be read as ratios of what this machine does with no work at all.
 * Run: java bench/RefServer.java PORT
 */
public class RefServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        StringBuilder json = new StringBuilder("{\"data\":[");
        for (int i = 0; json.length() < 2000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"Product ").append(i)
                    .append("\",\"price\":19.99,\"currency\":\"EUR\"}");
        }
        json.append("]}");
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors() * 2));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println("reference server on " + port + " (" + body.length + " bytes)");
    }
}
