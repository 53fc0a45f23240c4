package dev.comptoir.inventory;

import dev.comptoir.inventory.InventoryService.Reservation;
import dev.comptoir.inventory.InventoryService.StockLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an order's lines are reserved (ADR 0012), planned on the locked levels, among active locations:
 * one location serving every line in full (the lowest priority, then code); else repeatedly the one
 * serving the most remaining lines in full (ties: more units, lower priority, code); a line no single
 * location serves is split over locations in priority order. Short in total: {@code insufficient_stock}.
 */
final class Allocation {

    private Allocation() {}

    /** {@code lines} are merged per SKU; the reservations come back in SKU then location order. */
    static List<Reservation> plan(List<StockLine> lines, Levels levels) {
        for (StockLine line : lines) {
            int sellable = levels.sellable(line.sku());
            if (sellable < line.quantity()) {
                throw LevelWriter.insufficient(line.sku(), sellable, line.quantity());
            }
        }
        // available by location, then SKU, over active locations, locations in priority then code order
        Map<String, Map<String, Integer>> byLocation = new LinkedHashMap<>();
        Map<String, Integer> priority = new TreeMap<>();
        lines.stream().flatMap(l -> levels.of(l.sku()).stream()).filter(Level::active)
                .sorted(Comparator.comparingInt(Level::priority).thenComparing(Level::location))
                .forEach(l -> {
                    priority.put(l.location(), l.priority());
                    byLocation.computeIfAbsent(l.location(), k -> new TreeMap<>()).put(l.sku(), l.available());
                });
        List<String> locations = new ArrayList<>(byLocation.keySet());
        locations.sort(Comparator.comparingInt((String c) -> priority.get(c)).thenComparing(c -> c));

        List<Reservation> planned = new ArrayList<>();
        List<StockLine> remaining = new ArrayList<>(lines);
        while (!remaining.isEmpty()) {
            String best = null;
            int bestLines = 0;
            int bestUnits = 0;
            for (String location : locations) {
                int served = 0;
                int units = 0;
                for (StockLine line : remaining) {
                    if (byLocation.get(location).getOrDefault(line.sku(), 0) >= line.quantity()) {
                        served++;
                        units += line.quantity();
                    }
                }
                // locations are in priority order: a later one wins only with more lines, or as many and more units
                if (served > bestLines || served == bestLines && served > 0 && units > bestUnits) {
                    best = location;
                    bestLines = served;
                    bestUnits = units;
                }
            }
            if (best == null) {
                break;
            }
            String chosen = best;
            remaining.removeIf(line -> {
                if (byLocation.get(chosen).getOrDefault(line.sku(), 0) >= line.quantity()) {
                    planned.add(new Reservation(line.sku(), chosen, line.quantity()));
                    return true;
                }
                return false;
            });
        }
        for (StockLine line : remaining) {
            int left = line.quantity();
            for (String location : locations) {
                int take = Math.min(left, Math.max(0, byLocation.get(location).getOrDefault(line.sku(), 0)));
                if (take > 0) {
                    planned.add(new Reservation(line.sku(), location, take));
                    left -= take;
                }
                if (left == 0) {
                    break;
                }
            }
        }
        planned.sort(Comparator.comparing(Reservation::sku).thenComparing(Reservation::location));
        return planned;
    }
}
