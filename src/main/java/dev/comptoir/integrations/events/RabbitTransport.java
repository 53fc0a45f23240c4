package dev.comptoir.integrations.events;

import dev.comptoir.integrations.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.AmqpTimeoutException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizationTransport;

/**
 * Sends an integration event to RabbitMQ: the exchange and routing key Modulith's routing chose, the
 * payload byte for byte as the body (the webhook body), the event id as message id, persistent. Done
 * when the broker confirms the message; a refusal, a lost connection or no confirm in time fails the
 * send, so the publication stays incomplete and is retried.
 */
class RabbitTransport implements EventExternalizationTransport {

    private final RabbitTemplate rabbit;
    private final Duration confirmTimeout;

    RabbitTransport(RabbitTemplate rabbit, Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public CompletableFuture<?> externalize(Object payload, RoutingTarget target) {
        IntegrationEvent event = (IntegrationEvent) payload;
        Message message = MessageBuilder.withBody(event.payload().getBytes(StandardCharsets.UTF_8))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding(StandardCharsets.UTF_8.name())
                .setMessageId(event.id())
                .setType(event.type())
                .setTimestamp(Date.from(event.timestamp()))
                .setAppId("comptoir")
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .build();
        CorrelationData confirm = new CorrelationData(event.id());
        try {
            rabbit.send(target.getTarget(), target.getKey(), message, confirm);
        } catch (AmqpException e) {
            // Spring AMQP's own message is often a bare "java.io.IOException": say what the client saw
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            throw new AmqpException("RabbitMQ did not take the message (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", e);
        }
        return confirm.getFuture()
                .orTimeout(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((answer, failure) -> {
                    if (failure instanceof TimeoutException) {
                        throw new AmqpTimeoutException("no publisher confirm within " + confirmTimeout);
                    }
                    if (failure != null) {
                        throw new IllegalStateException(failure);
                    }
                    if (!answer.ack()) {
                        throw new IllegalStateException("the broker refused the message: " + answer.reason());
                    }
                    return answer;
                });
    }
}
