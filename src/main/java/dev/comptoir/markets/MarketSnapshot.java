package dev.comptoir.markets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every market as read at one moment, indexed by code and by country. */
record MarketSnapshot(List<Market> all, Map<String, Market> byCode, Map<String, Market> byCountry) {

    static MarketSnapshot of(List<Market> markets) {
        Map<String, Market> byCode = new HashMap<>();
        Map<String, Market> byCountry = new HashMap<>();
        for (Market market : markets) {
            byCode.put(market.code(), market);
            market.countries().forEach(country -> byCountry.put(country, market));
        }
        return new MarketSnapshot(List.copyOf(markets), Map.copyOf(byCode), Map.copyOf(byCountry));
    }

    Optional<Market> defaultMarket() {
        return all.stream().filter(Market::isDefault).findFirst();
    }
}
