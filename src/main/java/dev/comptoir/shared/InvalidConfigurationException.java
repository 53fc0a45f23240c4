package dev.comptoir.shared;

/** A configuration value that cannot work; it stops the start with one line naming the setting. */
public class InvalidConfigurationException extends RuntimeException {

    private final String setting;

    public InvalidConfigurationException(String setting, String reason) {
        super("Invalid configuration: " + setting + " " + reason);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
