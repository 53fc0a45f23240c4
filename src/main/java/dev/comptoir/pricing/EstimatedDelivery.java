package dev.comptoir.pricing;

import java.time.LocalDate;

/**
 * When a parcel should arrive, in business days from the order date: carts and orders show it in
 * this one shape ({@code estimatedDelivery: {from, to}}).
 */
public record EstimatedDelivery(LocalDate from, LocalDate to) {}
