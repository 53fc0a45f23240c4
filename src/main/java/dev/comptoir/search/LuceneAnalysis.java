package dev.comptoir.search;

import static dev.comptoir.search.ProductIndex.AUTOCOMPLETE;
import static dev.comptoir.search.ProductIndex.AUTOCOMPLETE_QUERY;
import static dev.comptoir.search.ProductIndex.ENGLISH;
import static dev.comptoir.search.ProductIndex.FOLDED;
import static dev.comptoir.search.ProductIndex.FOLDED_TEXT;
import static dev.comptoir.search.ProductIndex.FRENCH;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers of the embedded Lucene backend. Every base text is indexed twice, in French and in
 * English, so that both "chaussures" and "running shoes" find their singular forms; a translation is
 * indexed in its own language's analysis ({@code folded_text} for a language without one); accents
 * and case are folded everywhere. {@link ElasticsearchAnalysis} defines the same for
 * Elasticsearch/OpenSearch, from filters both have.
 */
class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FRENCH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("elision")
                .tokenFilter("asciiFolding")
                .tokenFilter("frenchLightStem");
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        context.analyzer(AUTOCOMPLETE).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "2").param("maxGramSize", "20");
        context.analyzer(AUTOCOMPLETE_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(FOLDED_TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(FOLDED).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
