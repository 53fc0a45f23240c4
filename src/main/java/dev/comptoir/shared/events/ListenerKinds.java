package dev.comptoir.shared.events;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The alert kind of a listener, from its Modulith listener id ({@code pkg.Class.method(pkg.Event)}):
 * the {@link OutsideEffect} kind of that method, or {@code event_not_processed} for listeners that only
 * write our own tables.
 */
@Component
class ListenerKinds {

    static final String NOT_PROCESSED = "event_not_processed";
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    String kindOf(String listenerId) {
        return cache.computeIfAbsent(listenerId, ListenerKinds::lookup);
    }

    private static String lookup(String listenerId) {
        int open = listenerId.indexOf('(');
        int dot = listenerId.lastIndexOf('.', open < 0 ? listenerId.length() : open);
        if (open < 0 || dot < 0) {
            return NOT_PROCESSED;
        }
        String methodName = listenerId.substring(dot + 1, open);
        try {
            Class<?> type = ClassUtils.forName(listenerId.substring(0, dot), ListenerKinds.class.getClassLoader());
            return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(methodName))
                    .filter(m -> listenerId.equals(OutboxFailureRecorder.listenerId(m)))
                    .map(ListenerKinds::kind).findFirst().orElse(NOT_PROCESSED);
        } catch (ClassNotFoundException | LinkageError e) {
            return NOT_PROCESSED; // a listener removed since the event was published
        }
    }

    private static String kind(Method method) {
        OutsideEffect effect = AnnotatedElementUtils.findMergedAnnotation(method, OutsideEffect.class);
        return effect == null ? NOT_PROCESSED : effect.value();
    }
}
