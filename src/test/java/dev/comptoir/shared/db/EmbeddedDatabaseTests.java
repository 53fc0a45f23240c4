package dev.comptoir.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.comptoir.shared.InvalidConfigurationException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL requires its generated password on every connection, also on a data
 * directory made when it trusted everyone; and a server left running by a killed JVM is stopped at
 * the next start instead of making it fail.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void aNewDatabaseRequiresTheGeneratedPasswordKeptForItsOwnerOnly() throws Exception {
        EmbeddedDatabase.Started pg = EmbeddedDatabase.start(dataDir, false, 20);
        try {
            Path passwordFile = dataDir.resolve("postgres-password");
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(pg.password()).hasSizeGreaterThanOrEqualTo(32);

            assertThat(select1(pg, pg.password())).isEqualTo(1);
            assertRefused(pg, null);
            assertRefused(pg, "not-the-password");
            assertThat(Files.readAllLines(pg.directory().resolve("pg_hba.conf")))
                    .filteredOn(line -> !line.startsWith("#") && !line.isBlank())
                    .isNotEmpty()
                    .allMatch(line -> line.contains("scram-sha-256"));
        } finally {
            pg.server().close();
        }
        // and again after a restart, with the same password
        EmbeddedDatabase.Started again = EmbeddedDatabase.start(dataDir, false, 20);
        try {
            assertThat(again.password()).isEqualTo(pg.password());
            assertThat(select1(again, again.password())).isEqualTo(1);
            assertRefused(again, null);
        } finally {
            again.server().close();
        }
    }

    @Test
    void aDatabaseThatTrustedEveryoneGetsThePasswordAtItsNextStart() throws Exception {
        Path dir = dataDir.resolve("postgres");
        Files.createDirectories(dir);
        // what earlier versions made: zonky's defaults, trust for every local connection
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .start(); Connection c = old.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE TABLE kept (id int)");
        }

        EmbeddedDatabase.Started pg = EmbeddedDatabase.start(dataDir, false, 20);
        try {
            assertRefused(pg, null);
            try (Connection c = connect(pg, pg.password());
                    ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM kept")) {
                assertThat(rs.next()).isTrue(); // the data is still there
            }
        } finally {
            pg.server().close();
        }
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAtTheNextStart() throws Exception {
        Process child = startChild();
        try {
            awaitReady(child);
            long orphan = postmasterPid();
            assertThat(ProcessHandle.of(orphan)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
            // while its JVM lives, the data directory is that instance's
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, false, 20))
                    .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("in use by another");

            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: the server stays behind
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

            EmbeddedDatabase.Started pg = EmbeddedDatabase.start(dataDir, false, 20);
            try {
                assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
                assertThat(postmasterPid()).isNotEqualTo(orphan);
                assertThat(select1(pg, pg.password())).isEqualTo(1);
            } finally {
                pg.server().close();
            }
        } finally {
            child.destroyForcibly();
        }
    }

    private Process startChild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseChild.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
    }

    private static void awaitReady(Process child) {
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("READY ")) {
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        await().atMost(Duration.ofSeconds(120)).until(ready::isDone);
        assertThat(ready.join()).as("the child started its database").isTrue();
    }

    private long postmasterPid() throws Exception {
        List<String> lines = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return Long.parseLong(lines.get(0).strip());
    }

    private static int select1(EmbeddedDatabase.Started pg, String password) throws SQLException {
        try (Connection c = connect(pg, password); ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void assertRefused(EmbeddedDatabase.Started pg, String password) {
        assertThatThrownBy(() -> connect(pg, password).close()).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004"));
    }

    private static Connection connect(EmbeddedDatabase.Started pg, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pg.server().getPort() + "/postgres", props);
    }
}
