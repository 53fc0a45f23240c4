package dev.comptoir.shared.alerts;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.InstantParam;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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

    @Operation(operationId = "listAlerts", summary = "Staff alerts",
            description = "Alerts, most recent attempt first, paged; `status` open (default), retried, resolved or "
            + "all; `kind` e.g. refund_failed, email_not_sent, payment_mismatch. Needs orders:manage.")
    @GetMapping
    PageResponse<StaffAlert> list(@Valid PageQuery page, @Parameter(schema = @Schema(allowableValues = {"open", "retried", "resolved", "all"}))
            @RequestParam(required = false) String status,
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

    @Operation(operationId = "getAlert", summary = "One alert",
            description = "One staff alert with its subject and attempts. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "alert_not_found")
    @GetMapping("/{id}")
    StaffAlert get(@PathVariable UUID id) {
        return alerts.get(id);
    }

    @Operation(operationId = "retryAlert", summary = "Retry what an alert is about",
            description = "Tries once more now what gave up (a refund, an email, a search update). Only an open "
            + "alert of a retryable kind. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "alert_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"alert_not_open", "alert_not_retryable"})
    @PostMapping("/{id}/retry")
    StaffAlert retry(@PathVariable UUID id) {
        return alerts.retry(id, CurrentUser.actor());
    }

    @Operation(operationId = "resolveAlert", summary = "Resolve an alert",
            description = "Marks an alert handled, with an optional note. Needs orders:manage.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "alert_not_found")
    @PostMapping("/{id}/resolve")
    StaffAlert resolve(@PathVariable UUID id, @Valid @RequestBody(required = false) ResolveRequest request) {
        return alerts.resolve(id, CurrentUser.actor(), request == null ? null : request.note());
    }
}
