import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints HS256 access tokens for the benchmark's customers (ids md5('bench-u-' || i)), signed with
 * the server's JWT_SECRET, so that 1,000 customers need no 1,000 logins.
 * Run: java bench/Tokens.java SECRET COUNT > tokens.txt
 */
public class Tokens {
    public static void main(String[] args) throws Exception {
        String secret = args[0];
        int count = Integer.parseInt(args[1]);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long now = System.currentTimeMillis() / 1000;
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            String payload = b64.encodeToString(("{\"iss\":\"comptoir\",\"sub\":\"" + md5Uuid("bench-u-" + i)
                    + "\",\"role\":\"customer\",\"perms\":[],\"iat\":" + now + ",\"exp\":" + (now + 3 * 3600) + "}")
                    .getBytes(StandardCharsets.UTF_8));
            String signingInput = header + "." + payload;
            String signature = b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
            out.append(signingInput).append('.').append(signature).append('\n');
        }
        System.out.print(out);
    }

    /** PostgreSQL's md5(text)::uuid: the hex digest read as a UUID. */
    static String md5Uuid(String text) throws Exception {
        byte[] d = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder();
        for (byte b : d) {
            hex.append(String.format("%02x", b));
        }
        String h = hex.toString();
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }
}
