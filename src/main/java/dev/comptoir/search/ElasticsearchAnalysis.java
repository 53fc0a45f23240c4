package dev.comptoir.search;

import static dev.comptoir.search.ProductIndex.AUTOCOMPLETE;
import static dev.comptoir.search.ProductIndex.AUTOCOMPLETE_QUERY;
import static dev.comptoir.search.ProductIndex.ENGLISH;
import static dev.comptoir.search.ProductIndex.FOLDED;
import static dev.comptoir.search.ProductIndex.FOLDED_TEXT;
import static dev.comptoir.search.ProductIndex.FRENCH;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The analyzers of {@link LuceneAnalysis}, in Elasticsearch/OpenSearch terms. */
class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("comptoir_french_elision").type("elision")
                .param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("comptoir_french_stem").type("stemmer").param("language", "light_french");
        context.tokenFilter("comptoir_english_stem").type("stemmer").param("language", "porter");
        context.tokenFilter("comptoir_edge_ngram").type("edge_ngram").param("min_gram", 2).param("max_gram", 20);

        context.analyzer(FRENCH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "comptoir_french_elision", "asciifolding", "comptoir_french_stem");
        context.analyzer(ENGLISH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "comptoir_english_stem");
        context.analyzer(AUTOCOMPLETE).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "comptoir_edge_ngram");
        context.analyzer(AUTOCOMPLETE_QUERY).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.analyzer(FOLDED_TEXT).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.normalizer(FOLDED).custom().tokenFilters("lowercase", "asciifolding");
    }
}
