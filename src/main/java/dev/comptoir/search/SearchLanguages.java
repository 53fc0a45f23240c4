package dev.comptoir.search;

import java.util.Set;

/**
 * The languages the shop's markets read in ({@code locales}) and fall back to ({@code fallbacks}, the
 * markets' default languages), for the index's sort keys by name.
 */
record SearchLanguages(Set<String> locales, Set<String> fallbacks) {

    SearchLanguages {
        locales = Set.copyOf(locales);
        fallbacks = Set.copyOf(fallbacks);
    }
}
