package dev.comptoir.shared.db;

import dev.comptoir.shared.GeneratedSecrets;
import dev.comptoir.shared.InvalidConfigurationException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL under DATA_DIR/postgres. Every connection needs the superuser's password,
 * generated once into DATA_DIR/postgres-password (readable by its owner only): initdb sets it and
 * writes a scram-sha-256 pg_hba.conf, so another local user can no longer connect as superuser (and
 * run {@code COPY ... TO PROGRAM}). A data directory made before, which trusted every local
 * connection, gets the password and the same pg_hba.conf at its next start. A server left running by a
 * killed JVM is stopped first ({@link OrphanedPostgres}).
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String USER = "postgres";
    static final String PASSWORD_FILE = "postgres-password";

    private static final String PG_HBA = """
            # Written by Comptoir: every connection needs the password kept in DATA_DIR/postgres-password.
            local   all             all                     scram-sha-256
            host    all             all     127.0.0.1/32    scram-sha-256
            host    all             all     ::1/128         scram-sha-256
            local   replication     all                     scram-sha-256
            host    replication     all     127.0.0.1/32    scram-sha-256
            host    replication     all     ::1/128         scram-sha-256
            """;

    record Started(EmbeddedPostgres server, String password, Path directory) {

        String jdbcUrl() {
            return server.getJdbcUrl(USER, "postgres");
        }
    }

    private EmbeddedDatabase() {}

    /** Starts the server on {@code dataDir}/postgres (emptied first when {@code ephemeral}). */
    static Started start(Path dataDir, boolean ephemeral, int maxConnections) throws IOException {
        Path dir = dataDir.resolve("postgres");
        if (ephemeral) {
            OrphanedPostgres.stopIfAny(dir);
            FileSystemUtils.deleteRecursively(dir);
        }
        Files.createDirectories(dir);
        OrphanedPostgres.stopIfAny(dir);
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        boolean initialized = Files.exists(dir.resolve("PG_VERSION"));
        boolean trusting = initialized && trusts(dir);
        if (initialized && !trusting && !Files.exists(passwordFile)) {
            throw new InvalidConfigurationException("DATA_DIR", passwordFile + " is missing, and the embedded "
                    + "database in " + dir + " cannot be opened without it: restore the file, or delete " + dir
                    + " to start on an empty database");
        }
        String password = GeneratedSecrets.readOrCreate(passwordFile, 24,
                random -> Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        long start = System.nanoTime();
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", Integer.toString(maxConnections))
                .setServerConfig("unix_socket_permissions", "0700")
                // initdb options: they follow zonky's own "-A trust", so these win
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setConnectConfig("password", password)
                .start();
        if (trusting) {
            secure(server, dir, password);
        }
        log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", server.getPort(), dir,
                (System.nanoTime() - start) / 1_000_000);
        return new Started(server, password, dir);
    }

    /** Whether pg_hba.conf lets anyone in without a password (a data directory made before). */
    private static boolean trusts(Path dir) throws IOException {
        Path hba = dir.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .anyMatch(line -> !line.startsWith("#") && line.matches(".*\\btrust\\b.*"));
    }

    /** Sets the password on the trusting server just started, then makes it require the password. */
    private static void secure(EmbeddedPostgres server, Path dir, String password) throws IOException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", password);
        try (Connection connection = new org.postgresql.Driver().connect(server.getJdbcUrl(USER, "postgres"),
                credentials); Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(dir.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Could not give the embedded PostgreSQL its password ("
                    + e.getSQLState() + ")"));
        }
        log.warn("The embedded PostgreSQL in {} trusted every local connection: it now requires the password "
                + "kept in {}", dir, dir.resolveSibling(PASSWORD_FILE));
    }
}
