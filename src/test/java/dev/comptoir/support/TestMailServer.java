package dev.comptoir.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
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
