package dev.comptoir.shared;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A value that cannot even be converted (PORT=abc, DB_POOL_MAX=lots) becomes one line too. */
class BindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, BindException cause) {
        InvalidConfigurationException invalid = findCause(cause, InvalidConfigurationException.class);
        if (invalid != null) {
            return new InvalidConfigurationFailureAnalyzer().analyze(root, invalid);
        }
        Throwable reason = cause.getCause() == null ? cause : cause.getCause();
        while (reason.getCause() != null) {
            reason = reason.getCause();
        }
        Object value = cause.getProperty() == null ? null : cause.getProperty().getValue();
        String setting = cause.getProperty() == null ? cause.getName().toString() : cause.getProperty().getName().toString();
        return new FailureAnalysis("Invalid configuration: " + setting + " = '" + value + "': " + reason.getMessage(),
                "Fix " + setting + " (see the configuration table in the README) and start again.", cause);
    }
}
