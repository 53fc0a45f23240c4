package dev.comptoir.catalog.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.comptoir.pricelists.PriceLists;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The next instant at which an active price list starts or ends, so that no cached answer outlives it
 * (a sale starting at 10:00 shows at 10:00). Read once per {@code ttl} (the response cache's) rather
 * than per request; forgotten when this instance commits a price list change, and when it has passed
 * (then the next one is read). Another instance's new list is seen within the {@code ttl}, as its
 * other writes are.
 */
@Component
class PriceListBoundaries {

    private static final String KEY = "next";

    private final LoadingCache<String, Optional<Instant>> next;

    /** Price lists through a provider: this filter's bean is made with the web server, before JPA is. */
    PriceListBoundaries(ObjectProvider<PriceLists> priceLists, Clock clock,
            @Value("${comptoir.catalog.response-cache.ttl:5s}") Duration ttl) {
        Duration life = ttl.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : ttl;
        this.next = Caffeine.newBuilder().expireAfterWrite(life).maximumSize(1)
                .build(key -> priceLists.getObject().nextPeriodBoundary(clock.instant()));
    }

    /**
     * Whether {@code now} is at or past the boundary last read: true for one caller only (the one that
     * forgets it), who moves the catalog generation.
     */
    boolean crossedBy(Instant now) {
        Optional<Instant> boundary = next.get(KEY);
        return boundary.isPresent() && !now.isBefore(boundary.get()) && next.asMap().remove(KEY, boundary);
    }

    void forget() {
        next.invalidate(KEY); // waits for a load under way, which may predate the change
    }
}
