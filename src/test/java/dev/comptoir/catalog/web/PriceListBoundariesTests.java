package dev.comptoir.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.comptoir.pricelists.PriceLists;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** The next period boundary of price lists: read once, crossed by one caller only, read again after. */
class PriceListBoundariesTests {

    static final Instant NOW = Instant.parse("2026-06-01T09:59:50Z");
    static final Instant TEN = Instant.parse("2026-06-01T10:00:00Z");
    static final Instant ELEVEN = Instant.parse("2026-06-01T11:00:00Z");

    final PriceLists priceLists = mock(PriceLists.class);

    @SuppressWarnings("unchecked")
    PriceListBoundaries boundaries() {
        ObjectProvider<PriceLists> provider = mock(ObjectProvider.class);
        when(provider.getObject()).thenReturn(priceLists);
        return new PriceListBoundaries(provider, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));
    }

    @Test
    void aBoundaryAheadIsNotCrossedAndIsReadOnce() {
        when(priceLists.nextPeriodBoundary(any())).thenReturn(Optional.of(TEN));
        PriceListBoundaries boundaries = boundaries();
        assertThat(boundaries.crossedBy(NOW)).isFalse();
        assertThat(boundaries.crossedBy(TEN.minusMillis(1))).isFalse();
        verify(priceLists, times(1)).nextPeriodBoundary(any());
    }

    @Test
    void withoutABoundaryNothingIsEverCrossed() {
        when(priceLists.nextPeriodBoundary(any())).thenReturn(Optional.empty());
        assertThat(boundaries().crossedBy(ELEVEN)).isFalse();
    }

    @Test
    void racingReadersPastTheBoundaryCrossItOnceThenTheNextOneIsRead() throws Exception {
        when(priceLists.nextPeriodBoundary(any())).thenReturn(Optional.of(TEN), Optional.of(ELEVEN));
        PriceListBoundaries boundaries = boundaries();
        assertThat(boundaries.crossedBy(NOW)).isFalse();

        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> crossings = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            crossings.add(pool.submit(() -> {
                start.await();
                return boundaries.crossedBy(TEN);
            }));
        }
        start.countDown();
        int crossed = 0;
        for (Future<Boolean> crossing : crossings) {
            crossed += crossing.get(10, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(crossed).isEqualTo(1);
        assertThat(boundaries.crossedBy(TEN.plusSeconds(1))).as("the next boundary is 11:00").isFalse();
        assertThat(boundaries.crossedBy(ELEVEN)).isTrue();
    }

    @Test
    void aForgottenBoundaryIsReadAgain() {
        when(priceLists.nextPeriodBoundary(any())).thenReturn(Optional.of(ELEVEN), Optional.of(TEN));
        PriceListBoundaries boundaries = boundaries();
        assertThat(boundaries.crossedBy(TEN)).isFalse();
        boundaries.forget();
        assertThat(boundaries.crossedBy(TEN)).isTrue();
    }
}
