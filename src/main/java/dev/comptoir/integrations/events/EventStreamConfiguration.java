package dev.comptoir.integrations.events;

import com.rabbitmq.client.ConnectionFactory;
import dev.comptoir.integrations.IntegrationEvent;
import java.security.GeneralSecurityException;
import java.net.URISyntaxException;
import javax.net.ssl.SSLContext;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.OutboxEventExternalizer;

/**
 * The event stream's RabbitMQ side, only with {@code AMQP_URL} (Boot's Rabbit auto-configuration is
 * off, so that without it nothing connects): a connection with publisher confirms, the durable topic
 * exchange (declared on every connection), and Modulith's externalization of {@link IntegrationEvent}
 * routed by its type.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EventStreamConfigured.class)
class EventStreamConfiguration {

    @Bean
    CachingConnectionFactory eventStreamConnectionFactory(EventStreamProperties properties)
            throws GeneralSecurityException, URISyntaxException {
        ConnectionFactory rabbit = new ConnectionFactory();
        rabbit.setUri(properties.uri());
        if (rabbit.isSSL()) {
            // setUri's amqps trusts any certificate: verify the broker's like any TLS client
            rabbit.useSslProtocol(SSLContext.getDefault());
            rabbit.enableHostnameVerification();
        }
        rabbit.setConnectionTimeout(5_000);
        rabbit.setAutomaticRecoveryEnabled(false); // Spring AMQP reconnects on the next send
        CachingConnectionFactory connections = new CachingConnectionFactory(rabbit);
        connections.setPublisherConfirmType(ConfirmType.CORRELATED);
        connections.setConnectionNameStrategy(factory -> "comptoir");
        return connections;
    }

    @Bean
    RabbitTemplate eventStreamTemplate(CachingConnectionFactory connections) {
        return new RabbitTemplate(connections);
    }

    @Bean
    RabbitAdmin eventStreamAdmin(CachingConnectionFactory connections) {
        return new RabbitAdmin(connections);
    }

    @Bean
    TopicExchange eventStreamExchange(EventStreamProperties properties) {
        return new TopicExchange(properties.exchange(), true, false);
    }

    /** Replaces Modulith's default (events annotated {@code @Externalized}): integration events, by type. */
    @Bean
    EventExternalizationConfiguration eventStreamRouting(EventStreamProperties properties) {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(IntegrationEvent.class)
                .route(IntegrationEvent.class, e -> RoutingTarget.forTarget(properties.exchange()).andKey(e.type()))
                .build();
    }

    @Bean
    EventStream eventStream(EventExternalizationConfiguration routing, ApplicationEventPublisher events,
            RabbitTemplate rabbit, EventStreamProperties properties) {
        return new EventStream(new OutboxEventExternalizer(routing, events,
                new RabbitTransport(rabbit, properties.confirmTimeout())));
    }
}
