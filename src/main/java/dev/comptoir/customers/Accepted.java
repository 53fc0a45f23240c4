package dev.comptoir.customers;

import io.swagger.v3.oas.annotations.media.Schema;

/** A 202 answer that says what happens next and nothing about who has an account. */
@Schema(name = "Accepted", description = "The request was taken; what happens next")
record Accepted(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {}
