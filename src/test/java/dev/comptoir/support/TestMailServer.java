package dev.comptoir.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A real SMTP server (GreenMail) for the test JVM, on a free port chosen once, behind a TCP proxy
 * wired into every test context as spring.mail.host/port. Tests may stop and restart it to play an
 * outage, or make the proxy {@link #hang()} to play a server that accepts and never answers.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final int PORT = freePort();
    private static GreenMail server = start();
    private static final TcpProxy PROXY = proxy();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + port());
    }

    /** The port the application talks SMTP to (the proxy in front of GreenMail). */
    public static int port() {
        return PROXY.port();
    }

    /** From now on, connections are accepted and then never answered, until {@link #answer()}. */
    public static void hang() {
        PROXY.hang();
    }

    public static void answer() {
        PROXY.restore();
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server = start();
    }

    /** Messages received so far whose recipients include {@code to}. */
    public static synchronized List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The message's text/plain part (the whole body of a plain-text message). */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The message's text/html part, or null when it has none. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /**
     * The token of the link in the message, read from its text part as a reader would: the value of
     * {@code token=} in the first storefront link.
     */
    public static String token(MimeMessage message) {
        Matcher link = LINK.matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("no link with a token in: " + text(message));
        }
        return link.group(1);
    }

    /** Waits for the first message to {@code to} whose subject is {@code subject}. */
    public static MimeMessage awaitMessage(String to, String subject) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(to).stream()
                .filter(m -> subject.equals(subject(m))).findFirst().orElse(null), m -> m != null);
    }

    /** Waits until {@code count} messages to {@code to} have the subject {@code subject}, and returns them. */
    public static List<MimeMessage> awaitMessages(String to, String subject, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(to, subject), found -> found.size() >= count);
    }

    /** Messages received so far to {@code to} with the subject {@code subject}. */
    public static List<MimeMessage> messagesTo(String to, String subject) {
        return messagesTo(to).stream().filter(m -> subject.equals(subject(m))).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern LINK = Pattern.compile("https://shop\\.example\\.com/\\S*[?&]token=([A-Za-z0-9_-]+)");

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static TcpProxy proxy() {
        try {
            return new TcpProxy("127.0.0.1", PORT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
