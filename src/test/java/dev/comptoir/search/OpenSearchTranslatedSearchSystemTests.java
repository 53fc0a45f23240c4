package dev.comptoir.search;

import dev.comptoir.support.OnOpenSearch;

/** {@link TranslatedSearchSystemTests} on the Elasticsearch backend, against a real OpenSearch node. */
@OnOpenSearch
class OpenSearchTranslatedSearchSystemTests extends TranslatedSearchSystemTests {}
