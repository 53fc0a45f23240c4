package dev.comptoir.integrations.events;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code AMQP_URL} is set: only then does anything of RabbitMQ exist (no connection, no health check). */
class EventStreamConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return EventStreamProperties.enabled(context.getEnvironment().getProperty("comptoir.amqp.url"));
    }
}
