package dev.comptoir.payments.dev;

import dev.comptoir.payments.provider.SimulatedMode;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The dev payment route lets anyone complete a payment, so it exists only with the simulated
 * provider and, unless {@code comptoir.payments.dev-routes} (PAYMENT_DEV_ROUTES) says otherwise, only
 * on the embedded default: a server database (DB_URL) means a real deployment.
 */
class DevRoutesEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        if (!new SimulatedMode().matches(context, metadata)) {
            return false;
        }
        var env = context.getEnvironment();
        String explicit = env.getProperty("comptoir.payments.dev-routes");
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        String dbUrl = env.getProperty("comptoir.db.url");
        return dbUrl == null || dbUrl.isBlank();
    }
}
