package dev.comptoir.customers;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What follows a sign-in once its transaction has committed: {@link CustomerLoggedIn}, on which the
 * cart module merges the anonymous cart into the customer's, in a transaction of its own (never a
 * second connection inside the login's). A merge that fails does not fail the sign-in: the answer
 * carries a warning and the anonymous cart stays where it was.
 */
@Component
class SignIn {

    private static final Logger log = LoggerFactory.getLogger(SignIn.class);
    private final ApplicationEventPublisher events;

    SignIn(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A warning for the client: {@code cart_not_merged}. */
    record Warning(String code, String message) {}

    List<Warning> signedIn(UUID userId, String sessionId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a sign-in is announced after its transaction, not inside it");
        }
        try {
            events.publishEvent(new CustomerLoggedIn(userId, sessionId));
            return List.of();
        } catch (RuntimeException e) {
            log.warn("The anonymous cart could not be merged into customer {}'s cart: {}", userId, e.toString());
            return List.of(new Warning("cart_not_merged",
                    "The cart from before signing in could not be added to your cart; it is still there"));
        }
    }
}
