package dev.comptoir.shared.db;

import dev.comptoir.shared.InvalidConfigurationException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server runs detached from the JVM, so a JVM killed with {@code kill -9} leaves it
 * running on the data directory, and the next start used to wait for its own server until it gave up
 * (about 78 s). Before a start: if no live JVM holds the data directory's lock (zonky's
 * {@code epg-lock}) but its {@code postmaster.pid} names a live PostgreSQL, that server is an orphan:
 * it is asked to stop (SIGTERM: nobody is connected any more, so it stops at once), and killed only if
 * it does not. When a live JVM holds the lock, another instance uses this DATA_DIR: the start is refused.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final long STOP_WAIT_SECONDS = 30;

    private OrphanedPostgres() {}

    static void stopIfAny(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        assertNoLiveOwner(dir);
        Optional<ProcessHandle> orphan = postmaster(pidFile, dir);
        if (orphan.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself handles it
        }
        ProcessHandle server = orphan.get();
        log.warn("An embedded PostgreSQL (pid {}) outlived the previous run on {} (was the server killed?): "
                + "stopping it", server.pid(), dir);
        server.destroy();
        try {
            server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("The orphaned PostgreSQL (pid {}) did not stop within {} s: killing it", server.pid(),
                    STOP_WAIT_SECONDS);
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Could not wait for the orphaned PostgreSQL", e);
        }
    }

    /** Refuses to go on when a live JVM holds the data directory (zonky holds this lock while it runs). */
    private static void assertNoLiveOwner(Path dir) throws IOException {
        Path lockFile = dir.resolve("epg-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // this JVM holds it
            }
            if (lock == null) {
                throw new InvalidConfigurationException("DATA_DIR", dir + " is in use by another running instance; "
                        + "give each instance its own DATA_DIR");
            }
            lock.release();
        }
    }

    /** The live PostgreSQL process that {@code postmaster.pid} names, if it serves this directory. */
    private static Optional<ProcessHandle> postmaster(Path pidFile, Path dir) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                // a reused pid is some other process; PostgreSQL's command line names its data directory
                .filter(p -> p.info().commandLine().map(c -> c.contains(dir.toString())).orElse(true));
    }
}
