package dev.comptoir.notifications;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * JavaMail waits for ever by default: a server that accepts the connection and then says nothing would
 * hold the sending thread indefinitely. Every step of the conversation gets {@code SMTP_TIMEOUT}.
 */
@Configuration(proxyBeanMethods = false)
class MailTimeouts {

    @Bean
    static BeanPostProcessor smtpTimeouts(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    String millis = String.valueOf(environment.getProperty("comptoir.mail.timeout",
                            Duration.class, Duration.ofSeconds(10)).toMillis());
                    for (String protocol : new String[] {"smtp", "smtps"}) {
                        sender.getJavaMailProperties().setProperty("mail." + protocol + ".connectiontimeout", millis);
                        sender.getJavaMailProperties().setProperty("mail." + protocol + ".timeout", millis);
                        sender.getJavaMailProperties().setProperty("mail." + protocol + ".writetimeout", millis);
                    }
                }
                return bean;
            }
        };
    }
}
