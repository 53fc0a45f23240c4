package dev.comptoir.search;

import dev.comptoir.support.OnOpenSearch;

/** {@link SearchSystemTests} (whose {@code @SystemTest} it inherits) on the Elasticsearch backend, against a real OpenSearch node. */
@OnOpenSearch
class OpenSearchSearchSystemTests extends SearchSystemTests {}
