package dev.comptoir.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a bad setting as one clear line instead of a stack trace. */
class InvalidConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, InvalidConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix " + cause.setting() + " (see the configuration table in the README) and start again.", cause);
    }
}
