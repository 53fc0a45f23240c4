package dev.comptoir.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret generated once into a file under DATA_DIR (the zero-setup default needs no secret from
 * the user) and read back on later starts, so tokens and signatures outlive a restart.
 */
public final class GeneratedSecrets {

    private static final Logger log = LoggerFactory.getLogger(GeneratedSecrets.class);

    private GeneratedSecrets() {}

    /**
     * The secret in {@code file}, first written there from {@code randomBytes} random bytes formatted
     * by {@code format}. Readable by its owner only; two instances starting together on one
     * DATA_DIR end up with the same secret (the first file written wins).
     */
    public static String readOrCreate(Path file, int randomBytes, Function<byte[], String> format) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[randomBytes];
                new SecureRandom().nextBytes(random);
                Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's permissions apply
                }
                Files.writeString(temp, format.apply(random), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file);
                    log.info("Generated a secret in {}", file);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(temp);
                }
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (secret.isEmpty()) {
                throw new InvalidConfigurationException("DATA_DIR", file + " is empty: delete it to generate a new secret");
            }
            return secret;
        } catch (IOException e) {
            throw new InvalidConfigurationException("DATA_DIR",
                    "cannot hold the generated secret " + file + ": " + e.getMessage());
        }
    }
}
