package dev.comptoir.integrations.webhooks;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The first {@code limit} bytes of a receiver's answer, for the delivery log; the rest is not read
 * (the subscription is cancelled), so a receiver sending an endless body costs nothing.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<String> {

    private final int limit;
    private final ByteBuffer kept;
    private final CompletableFuture<String> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private LimitedBody(int limit) {
        this.limit = limit;
        this.kept = ByteBuffer.allocate(limit);
    }

    static LimitedBody of(int limit) {
        return new LimitedBody(limit);
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            int n = Math.min(item.remaining(), kept.remaining());
            kept.put(item.slice().limit(n));
        }
        if (kept.remaining() == 0) {
            subscription.cancel();
            complete();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        if (!body.isDone()) {
            body.completeExceptionally(throwable);
        }
    }

    @Override
    public void onComplete() {
        complete();
    }

    private void complete() {
        // a multi-byte character cut at the limit decodes to one replacement character
        body.complete(new String(kept.array(), 0, Math.min(kept.position(), limit), StandardCharsets.UTF_8));
    }
}
