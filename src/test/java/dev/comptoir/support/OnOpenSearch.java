package dev.comptoir.support;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.test.context.ContextConfiguration;

/**
 * On a subclass of a {@link SystemTest} class: runs its tests again on the Elasticsearch backend against
 * a real OpenSearch node ({@link OpenSearchNode}). Every class so marked shares one application context,
 * apart from the Lucene one. OpenSearch 2.19 runs on Java 17 to 21: on a newer JVM these are skipped.
 */
@Target(TYPE)
@Retention(RUNTIME)
@ContextConfiguration(initializers = OpenSearchNode.class)
@EnabledForJreRange(max = JRE.JAVA_21, disabledReason = "OpenSearch 2.19 runs on Java 17 to 21")
public @interface OnOpenSearch {}
