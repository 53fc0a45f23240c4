package dev.comptoir.shared.events;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the error of a failed asynchronous listener beside its event publication (Modulith has
 * already marked it failed), so that the retry log and a staff alert can say what went wrong. Logs
 * one line instead of a stack trace: a failing mail server is an expected condition.
 */
@Component
class OutboxFailureRecorder implements AsyncUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(OutboxFailureRecorder.class);
    private final JdbcTemplate jdbc;
    private final ObjectProvider<EventSerializer> serializer;
    private final Clock clock;

    OutboxFailureRecorder(JdbcTemplate jdbc, ObjectProvider<EventSerializer> serializer, Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.clock = clock;
    }

    @Override
    public void handleUncaughtException(Throwable failure, Method method, Object... params) {
        String error = Failures.describe(failure);
        if (!AnnotatedElementUtils.hasAnnotation(method, TransactionalEventListener.class) || params.length != 1) {
            log.error("Asynchronous {}.{} failed: {}", method.getDeclaringClass().getSimpleName(), method.getName(),
                    error);
            return;
        }
        String listenerId = listenerId(method);
        int recorded = 0;
        try {
            recorded = jdbc.update("""
                    UPDATE event_publication SET last_error = ?, last_failed_at = ?
                    WHERE listener_id = ? AND serialized_event = ? AND completion_date IS NULL""",
                    error, Timestamp.from(clock.instant()), listenerId, serializer.getObject().serialize(params[0]));
        } catch (RuntimeException e) {
            log.warn("Could not record the failure of {}: {}", listenerId, Failures.describe(e));
        }
        log.warn("{} failed for {} ({}); it will be retried{}", shortName(method),
                params[0].getClass().getSimpleName(), error, recorded == 1 ? "" : " (publication not found)");
    }

    /** The id Modulith gives the listener (its publications' {@code listener_id}). */
    static String listenerId(Method method) {
        return new TransactionalApplicationListenerMethodAdapter("listener", method.getDeclaringClass(), method)
                .getListenerId();
    }

    private static String shortName(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
