package dev.comptoir.shared.db;

import java.nio.file.Path;

/**
 * A server process for {@link EmbeddedDatabaseTests}: starts the embedded database on the data
 * directory given, says so on stdout, and runs until it is killed.
 */
public final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.Started pg = EmbeddedDatabase.start(Path.of(args[0]), false, 20);
        System.out.println("READY " + pg.server().getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
