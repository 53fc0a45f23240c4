package dev.comptoir.search;

import dev.comptoir.catalog.CatalogLocales;
import dev.comptoir.shared.InvalidConfigurationException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the search backend from {@code comptoir.search.*} (SEARCH_BACKEND, SEARCH_HOSTS, ...):
 * the embedded Lucene index under DATA_DIR (the default; {@code application.yml} holds its settings)
 * or an Elasticsearch/OpenSearch cluster shared by several instances. Also registers the product
 * mapping and the analyzers of the chosen backend.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

    static final String PREFIX = "hibernate.search.";
    static final int MAX_CLAUSES = 4096;

    /** {@code locales}: asked for when a document is written, long after the mapping is built (no cycle). */
    @Bean
    HibernatePropertiesCustomizer searchBackend(Environment env, ObjectProvider<CatalogLocales> locales) {
        String backend = env.getProperty("comptoir.search.backend", "lucene").strip().toLowerCase(Locale.ROOT);
        return properties -> {
            properties.put(PREFIX + "mapping.configurer", new ProductSearchMapping(() -> {
                CatalogLocales known = locales.getObject();
                return new SearchLanguages(known.supported(), known.fallbacks());
            }));
            switch (backend) {
                case "lucene" -> {
                    properties.put(PREFIX + "backend.analysis.configurer", new LuceneAnalysis());
                    // 8 words x 3 fuzzy fields x 50 expansions can pass Lucene's default of 1024 clauses
                    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), MAX_CLAUSES));
                }
                case "elasticsearch" -> elasticsearch(env, properties);
                default -> throw new InvalidConfigurationException("SEARCH_BACKEND",
                        "must be lucene or elasticsearch (got '" + backend + "')");
            }
        };
    }

    private static void elasticsearch(Environment env, Map<String, Object> properties) {
        String hosts = env.getProperty("comptoir.search.hosts", "");
        if (hosts.isBlank()) {
            throw new InvalidConfigurationException("SEARCH_HOSTS",
                    "must list the Elasticsearch/OpenSearch hosts (host:port, comma-separated) when SEARCH_BACKEND=elasticsearch");
        }
        // the Lucene-only settings of application.yml would only log "unused property" warnings
        properties.keySet().removeIf(k -> k.startsWith(PREFIX + "backend.directory.")
                || k.equals(PREFIX + "backend.lucene_version"));
        properties.put(PREFIX + "backend.type", "elasticsearch");
        properties.put(PREFIX + "backend.hosts", hosts.strip());
        properties.put(PREFIX + "backend.protocol", env.getProperty("comptoir.search.protocol", "http").strip());
        properties.put(PREFIX + "backend.analysis.configurer", new ElasticsearchAnalysis());
        // ADR 0014: a write returns once the cluster has refreshed, so the search after it (and the answer
        // the catalog response cache keeps, from the generation the commit moved) sees it; the default,
        // write-sync, left it unseen until the next periodic refresh, and cached that for seconds
        String strategy = PREFIX + "indexing.plan.synchronization.strategy";
        if (String.valueOf(properties.getOrDefault(strategy, "")).isBlank()) {
            properties.put(strategy, "read-sync");
        }
        putIfSet(properties, "backend.username", env.getProperty("comptoir.search.username"));
        putIfSet(properties, "backend.password", env.getProperty("comptoir.search.password"));
        String version = env.getProperty("comptoir.search.version", "");
        if (!version.isBlank()) {
            // OpenSearch, or a cluster the start-up version probe cannot reach: trust the given version
            properties.put(PREFIX + "backend.version", version.strip());
            properties.put(PREFIX + "backend.version_check.enabled", "false");
        }
    }

    private static void putIfSet(Map<String, Object> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(PREFIX + key, value);
        }
    }
}
