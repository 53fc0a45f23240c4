package dev.comptoir.returns;

import dev.comptoir.payments.PaymentService;
import dev.comptoir.payments.RefundView;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds return views with their refund's live status, read once per order of the returns shown. */
@Component
class ReturnViews {

    private final PaymentService payments;

    ReturnViews(PaymentService payments) {
        this.payments = payments;
    }

    ReturnView of(ReturnRecord r) {
        return of(List.of(r)).get(0);
    }

    List<ReturnView> of(Collection<ReturnRecord> returns) {
        Map<UUID, RefundView> refunds = returns.stream().filter(r -> r.refundId() != null).map(ReturnRecord::orderId)
                .distinct().flatMap(orderId -> payments.summary(orderId).refunds().stream())
                .collect(Collectors.toMap(RefundView::id, Function.identity(), (a, b) -> a));
        return returns.stream().map(r -> ReturnView.of(r, refunds)).toList();
    }
}
