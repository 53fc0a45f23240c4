package dev.comptoir.support;

import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.test.util.AopTestUtils;

/**
 * Stops one instance's outbox retry job for a while (its scheduled method is unregistered, then
 * registered again). Instances sharing a database retry each other's failed events; a test of what
 * another instance's listener does on a retry (a Stripe-configured extra instance) pauses the main
 * test instance's job, so that the retry runs where the test expects it.
 */
public final class OutboxRetryPause implements AutoCloseable {

    private static final String BEAN = "outboxRetry";
    private final ScheduledAnnotationBeanPostProcessor scheduler;
    private final Object job;

    private OutboxRetryPause(ApplicationContext context) {
        this.scheduler = context.getBean(ScheduledAnnotationBeanPostProcessor.class);
        this.job = context.getBean(BEAN);
        // the scheduled task is registered on the bean as the scheduler saw it: the proxy or its target
        scheduler.postProcessBeforeDestruction(job, BEAN);
        scheduler.postProcessBeforeDestruction(AopTestUtils.getUltimateTargetObject(job), BEAN);
        if (registered()) {
            throw new IllegalStateException("the outbox retry job is still scheduled");
        }
    }

    private boolean registered() {
        Object target = AopTestUtils.getUltimateTargetObject(job);
        return scheduler.getScheduledTasks().stream()
                .map(task -> task.getTask().getRunnable())
                .anyMatch(runnable -> runnable instanceof ScheduledMethodRunnable method
                        && AopTestUtils.getUltimateTargetObject(method.getTarget()) == target);
    }

    public static OutboxRetryPause of(ApplicationContext context) {
        return new OutboxRetryPause(context);
    }

    @Override
    public void close() {
        scheduler.postProcessAfterInitialization(job, BEAN);
    }
}
