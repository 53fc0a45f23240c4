package dev.comptoir.shared.metadata;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a metadata field may hold (ADR 0013): keys of 1-64 characters among {@code A-Z a-z 0-9 _ . : -},
 * any JSON values, at most {@value #MAX_KEYS} keys and {@value #MAX_BYTES} bytes of compact JSON (UTF-8).
 * Anything else is 400 {@code invalid_metadata}, naming each key at fault. Values must also be storable:
 * PostgreSQL's jsonb has no NUL character and JSON no infinite number.
 */
public final class MetadataRules {

    public static final int MAX_KEYS = 50;
    public static final int MAX_KEY_LENGTH = 64;
    public static final int MAX_BYTES = 8192;
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1," + MAX_KEY_LENGTH + "}");
    static final String CODE = "invalid_metadata";

    private MetadataRules() {}

    /** Refuses a key that is not 1-64 of the allowed characters. */
    public static void checkKey(String field, String key) {
        if (!KEY.matcher(key).matches()) {
            throw invalid(List.of(badKey(field, key)));
        }
    }

    /** The patch of one field before it reaches the database: valid keys, storable values, within the limits. */
    static void checkPatch(String field, Map<String, @Nullable Object> patch, JsonMapper json) {
        List<FieldProblem> problems = new ArrayList<>();
        patch.forEach((key, value) -> {
            if (!KEY.matcher(key).matches()) {
                problems.add(badKey(field, key));
            } else if (!storable(value)) {
                problems.add(new FieldProblem(field + "." + key,
                        "must not contain NUL characters nor infinite or NaN numbers"));
            }
        });
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        Map<String, Object> set = new java.util.LinkedHashMap<>();
        patch.forEach((key, value) -> {
            if (value != null) {
                set.put(key, value);
            }
        });
        checkSize(field, set, json);
    }

    /** The field as stored after a merge: the limits hold for the whole of it, not only for one patch. */
    static void checkSize(String field, Map<String, Object> stored, JsonMapper json) {
        if (stored.size() > MAX_KEYS) {
            throw invalid(FieldProblem.single(field, "has " + stored.size() + " keys, more than " + MAX_KEYS));
        }
        int bytes = json.writeValueAsBytes(stored).length;
        if (bytes > MAX_BYTES) {
            throw invalid(FieldProblem.single(field, "is " + bytes + " bytes of JSON, more than " + MAX_BYTES));
        }
    }

    private static FieldProblem badKey(String field, String key) {
        String shown = key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) + "…" : key;
        return new FieldProblem(field + "." + shown, "keys are 1-" + MAX_KEY_LENGTH
                + " characters among A-Z a-z 0-9 _ . : -");
    }

    private static boolean storable(@Nullable Object value) {
        if (value instanceof String s) {
            return s.indexOf('\0') < 0;
        }
        if (value instanceof Double d) {
            return Double.isFinite(d);
        }
        if (value instanceof Float f) {
            return Float.isFinite(f);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> storable(String.valueOf(e.getKey())) && storable(e.getValue()));
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(MetadataRules::storable);
        }
        return true;
    }

    private static BadRequestException invalid(List<FieldProblem> problems) {
        return new BadRequestException(CODE, "Invalid metadata: " + problems.get(0).field() + " "
                + problems.get(0).message(), Map.of("errors", problems, "limits", Map.of("maxKeys", MAX_KEYS,
                        "maxKeyLength", MAX_KEY_LENGTH, "maxBytes", MAX_BYTES)));
    }
}
