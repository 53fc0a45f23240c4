package dev.comptoir.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the event publication registry, so that a test waits for the outbox to finish with an event
 * (and then asserts) instead of sleeping.
 */
public final class Outbox {

    private Outbox() {}

    public static final String ORDER_EMAILS = listener("notifications", "OrderEmails");
    public static final String PAYMENT_EMAILS = listener("notifications", "PaymentEmails");
    public static final String SHIPMENT_EMAILS = listener("notifications", "ShipmentEmails");
    public static final String ACCOUNT_EMAILS = listener("notifications", "AccountEmails");

    /** Publications of listeners of {@code listenerClass} whose event mentions {@code text}, not completed. */
    public static int incomplete(JdbcTemplate jdbc, String listenerClass, String text) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL
                  AND listener_id LIKE ? AND serialized_event LIKE ?""", Integer.class,
                listenerClass + ".%", "%" + text + "%");
    }

    /** Ones of them that failed at least once. */
    public static int failed(JdbcTemplate jdbc, String listenerClass, String text) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND last_error IS NOT NULL
                  AND listener_id LIKE ? AND serialized_event LIKE ?""", Integer.class,
                listenerClass + ".%", "%" + text + "%");
    }

    /** Completed ones. */
    public static int completed(JdbcTemplate jdbc, String listenerClass, String text) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL
                  AND listener_id LIKE ? AND serialized_event LIKE ?""", Integer.class,
                listenerClass + ".%", "%" + text + "%");
    }

    /** The class name of a listener for the methods above; listener classes are module-internal. */
    public static String listener(String module, String simpleName) {
        return "dev.comptoir." + module + "." + simpleName;
    }

    /** Waits until the listeners of {@code listenerClass} have completed everything about {@code text}. */
    public static void awaitDone(JdbcTemplate jdbc, String listenerClass, String text) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> completed(jdbc, listenerClass, text) > 0 && incomplete(jdbc, listenerClass, text) == 0);
    }
}
