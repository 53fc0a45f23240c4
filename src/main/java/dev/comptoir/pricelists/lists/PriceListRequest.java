package dev.comptoir.pricelists.lists;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A price list as the admin sends it (POST and PUT replace it whole). {@code status} defaults to
 * draft; no {@code customerGroupIds} makes it everyone's; the period is [startsAt, endsAt), open on
 * a side left out. Currency and amounts are checked by {@link PriceListRules}.
 */
@ConsistentPriceList
record PriceListRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 1000) @Nullable String description,
        @NotNull PriceListType type,
        @Nullable PriceListStatus status,
        @NotBlank String currency,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        @Size(max = PriceListRequest.MAX_GROUPS) @Nullable List<@NotNull UUID> customerGroupIds,
        @Size(max = PriceListRequest.MAX_PRICES) @Nullable List<@NotNull @Valid PriceListPrice> prices) {

    static final int MAX_PRICES = 10_000;
    static final int MAX_GROUPS = 100;

    PriceListStatus statusOrDraft() {
        return status == null ? PriceListStatus.DRAFT : status;
    }

    List<UUID> groupIds() {
        return customerGroupIds == null ? List.of() : customerGroupIds;
    }

    List<PriceListPrice> pricesOrNone() {
        return prices == null ? List.of() : prices;
    }
}
