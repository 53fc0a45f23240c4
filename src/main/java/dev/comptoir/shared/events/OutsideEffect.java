package dev.comptoir.shared.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener that calls the outside world (SMTP, Stripe, a search backend) after the publishing
 * transaction commits (ADR 0004). Through the event publication registry, asynchronously, and with no
 * transaction of its own, so no connection or lock is held across the call: what it reads or records
 * are short transactions. A failure is retried with backoff; when the retries give up, staff get an
 * alert of kind {@link #value()}.
 */
@Async
@TransactionalEventListener
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OutsideEffect {

    /** The alert kind staff see when this effect gives up, e.g. {@code email_not_sent}. */
    String value();
}
