package dev.comptoir.catalog.support;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The texts of one translation request, cleaned: stripped, an empty or blank one not translated
 * (null). Collects every problem and reports them together, like a request's validation.
 */
public final class TranslationTexts {

    private final List<FieldProblem> problems = new ArrayList<>();
    private int given;

    /** {@code value} stripped, null when blank; shorter than {@code minLength} once stripped is a problem. */
    public String text(String field, String value, int minLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() < minLength) {
            problems.add(new FieldProblem(field, "must be at least " + minLength + " characters"));
        }
        given++;
        return text;
    }

    /** A slug (its format is checked by the request's validation) that cannot be mistaken for an id. */
    public String slug(String field, String value) {
        String slug = text(field, value, 0);
        if (slug != null && Slugs.looksLikeUuid(slug)) {
            problems.add(new FieldProblem(field, "must not look like an id"));
        }
        return slug;
    }

    /** Throws the problems found, and one when no text at all was given. */
    public void requireOne() {
        if (given == 0 && problems.isEmpty()) {
            problems.add(new FieldProblem("name", "a translation needs at least one text"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("invalid_data", "Invalid request: " + problems.stream()
                    .map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")),
                    Map.of("errors", List.copyOf(problems)));
        }
    }
}
