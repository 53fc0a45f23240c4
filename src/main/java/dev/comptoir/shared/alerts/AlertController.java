package dev.comptoir.shared.alerts;

import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.InstantParam;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/alerts}: what gave up or needs a decision; retry or resolve it. */
@Tag(name = "Admin: alerts", description = "Failed refunds, mismatched payments, emails not sent, search updates "
        + "that failed (orders:manage)")
@RestController
@RequestMapping("/api/admin/alerts")
@PreAuthorize("hasAuthority('orders:manage')")
class AlertController {

    private static final List<String> STATUSES = List.of(StaffAlert.OPEN, StaffAlert.RETRIED, StaffAlert.RESOLVED,
            "all");
    private final StaffAlerts alerts;

    AlertController(StaffAlerts alerts) {
        this.alerts = alerts;
    }

    record ResolveRequest(@Size(max = 500) String note) {}

    @Operation(summary = "Alerts, most recent attempt first; status open (default), retried, resolved or all; "
            + "kind e.g. refund_failed, email_not_sent")
    @GetMapping
    PageResponse<StaffAlert> list(@Valid PageQuery page, @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind) {
        String wanted = status == null || status.isBlank() ? StaffAlert.OPEN : status.trim();
        if (!STATUSES.contains(wanted)) {
            throw InstantParam.invalid("status", "must be one of " + STATUSES);
        }
        if (kind != null && !kind.matches("[a-z_]{1,50}")) {
            throw InstantParam.invalid("kind", "must be an alert kind such as refund_failed");
        }
        return alerts.list("all".equals(wanted) ? null : wanted, kind == null || kind.isBlank() ? null : kind, page);
    }

    @Operation(summary = "One alert")
    @GetMapping("/{id}")
    StaffAlert get(@PathVariable UUID id) {
        return alerts.get(id);
    }

    @Operation(summary = "Retry what gave up (one more attempt now); 409 alert_not_open or alert_not_retryable")
    @PostMapping("/{id}/retry")
    StaffAlert retry(@PathVariable UUID id) {
        return alerts.retry(id, "admin:" + CurrentUser.require());
    }

    @Operation(summary = "Mark an alert handled, with an optional note")
    @PostMapping("/{id}/resolve")
    StaffAlert resolve(@PathVariable UUID id, @Valid @RequestBody(required = false) ResolveRequest request) {
        return alerts.resolve(id, "admin:" + CurrentUser.require(), request == null ? null : request.note());
    }
}
