package dev.comptoir.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/products/suggest?q=}: up to ten live products whose name completes the prefix. */
@RestController
class ProductSuggestController {

    private final ProductSuggestions suggestions;

    ProductSuggestController(ProductSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/products/suggest")
    ProductSuggestions.Suggestions suggest(@RequestParam(required = false) String q) {
        return suggestions.suggest(q);
    }
}
