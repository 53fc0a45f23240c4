package dev.comptoir.payments.provider;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no Stripe secret key is configured: the simulated provider and its dev route exist. */
public class SimulatedMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String key = context.getEnvironment().getProperty("comptoir.stripe.secret-key");
        return key == null || key.isBlank();
    }
}
