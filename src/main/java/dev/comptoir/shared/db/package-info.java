/** Database wiring: the pooled DataSource on DB_URL or on the embedded PostgreSQL. */
package dev.comptoir.shared.db;
