package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginLockPropertiesTests {

    private final LoginLockProperties defaults = new LoginLockProperties(5, Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofHours(24));

    @Test
    void theLockStartsAtTheThresholdAndDoublesWithEachFailureUpToTheMaximum() {
        assertThat(defaults.lockAfter(4)).isZero();
        assertThat(defaults.lockAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.lockAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.lockAfter(10)).isEqualTo(Duration.ofMinutes(32));
        assertThat(defaults.lockAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.lockAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void badSettingsStopTheStartNamingTheVariable() {
        assertThatThrownBy(() -> new LoginLockProperties(0, Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofHours(24))).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("LOGIN_LOCK_THRESHOLD");
        assertThatThrownBy(() -> new LoginLockProperties(5, Duration.ofMillis(10), Duration.ofHours(1),
                Duration.ofHours(24))).hasMessageContaining("LOGIN_LOCK_DURATION");
        assertThatThrownBy(() -> new LoginLockProperties(5, Duration.ofMinutes(10), Duration.ofMinutes(5),
                Duration.ofHours(24))).hasMessageContaining("LOGIN_LOCK_MAX_DURATION");
        assertThatThrownBy(() -> new LoginLockProperties(5, Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofMinutes(30))).hasMessageContaining("LOGIN_LOCK_RESET_AFTER");
    }
}
