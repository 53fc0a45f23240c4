package dev.comptoir.shared.events;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/** Failed asynchronous listeners go to {@link OutboxFailureRecorder}; the executor stays Spring Boot's. */
@Configuration(proxyBeanMethods = false)
class AsyncConfig implements AsyncConfigurer {

    private final OutboxFailureRecorder recorder;

    AsyncConfig(OutboxFailureRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return recorder;
    }
}
