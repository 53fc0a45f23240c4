package dev.comptoir.shared.openapi;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Stream;

/** Which record members may be null in what they document: the OpenAPI schemas and the webhooks' data. */
public final class NullableMembers {

    private NullableMembers() {}

    /** Marked {@code @Nullable}: JSpecify's, on the type, or any annotation of that name on the member. */
    public static boolean isNullable(RecordComponent member) {
        return Stream.concat(Arrays.stream(member.getAnnotatedType().getAnnotations()),
                        Arrays.stream(member.getAnnotations()))
                .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
    }
}
