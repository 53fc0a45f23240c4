package dev.comptoir.payments.payment;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The short transactions around a provider call: what is read before it and recorded after it, each
 * committed on its own, so that no payment or refund row stays locked (and no connection held)
 * across the network (ADR 0004). Callers run outside any transaction.
 */
@Component
public class Transactions {

    private final TransactionTemplate template;

    Transactions(PlatformTransactionManager manager) {
        this.template = new TransactionTemplate(manager);
    }

    public <T> T run(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
