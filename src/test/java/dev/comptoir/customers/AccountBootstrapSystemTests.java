package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.ComptoirProperties;
import dev.comptoir.shared.InvalidConfigurationException;
import dev.comptoir.shared.db.DatabaseProperties;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start-up accounts, run against the real database with settings other than the test profile's
 * (each test uses its own emails, so the shared database is not disturbed).
 */
@SystemTest
@ExtendWith(OutputCaptureExtension.class)
class AccountBootstrapSystemTests {

    private static final Pattern GENERATED = Pattern.compile("with the generated password (\\S+)");

    @Autowired
    UserRepository users;

    @Autowired
    RoleRepository roles;

    @Autowired
    Passwords passwords;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theEmbeddedDefaultCreatesAnAdminWithAPasswordLoggedOnce(CapturedOutput output) {
        String email = "admin-" + TestAccounts.uniqueEmail();
        AccountBootstrap bootstrap = bootstrap(new AdminProperties(null, null, email, unused(), "x"), embedded(), false);

        run(bootstrap);
        Matcher generated = GENERATED.matcher(output.getOut() + output.getErr());
        assertThat(generated.find()).isTrue();
        String password = generated.group(1);

        String token = accounts.login(email, password).accessToken();
        assertThat(Jwts.claims(token).getString("role")).isEqualTo("admin");

        run(bootstrap);
        Matcher again = GENERATED.matcher(output.getOut() + output.getErr());
        assertThat(again.results().count()).as("the password is printed only when created").isEqualTo(1);
        accounts.login(email, password);
    }

    @Test
    void withDbUrlAndNoAdminSettingsNothingIsCreated() {
        String email = "admin-" + TestAccounts.uniqueEmail();
        DatabaseProperties external = new DatabaseProperties("jdbc:postgresql://db.example:5432/shop", "shop", "pw",
                10, Duration.ofSeconds(5), false);

        run(bootstrap(new AdminProperties(null, null, email, unused(), "x"), external, null));

        assertThat(users.existsByEmailAndDeletedAtIsNull(email)).isFalse();
    }

    @Test
    void theDemoCustomerExistsWhenDemoDataIsOn() {
        String demo = "demo-" + TestAccounts.uniqueEmail();
        String skipped = "demo-" + TestAccounts.uniqueEmail();

        run(bootstrap(new AdminProperties(null, null, unused(), demo, "comptoir-demo-2026"), embedded(), true));
        run(bootstrap(new AdminProperties(null, null, unused(), skipped, "comptoir-demo-2026"), embedded(), false));

        String token = accounts.login(demo, "comptoir-demo-2026").accessToken();
        assertThat(Jwts.claims(token).getString("role")).isEqualTo("customer");
        assertThat(users.existsByEmailAndDeletedAtIsNull(skipped)).isFalse();
    }

    @Test
    void twoInstancesStartingTogetherCreateTheAdminOnce(CapturedOutput output) throws Exception {
        String email = "admin-" + TestAccounts.uniqueEmail();
        AdminProperties settings = new AdminProperties(email, "configured-password", unused(), unused(), "x");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                AccountBootstrap instance = bootstrap(settings, embedded(), false);
                runs.add(pool.submit(() -> {
                    start.await();
                    run(instance);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        accounts.login(email, "configured-password");
        assertThat(Pattern.compile("Created the admin account " + Pattern.quote(email))
                .matcher(output.getOut() + output.getErr()).results().count()).isEqualTo(1);
    }

    @Test
    void anAdminEmailAlreadyRegisteredByACustomerIsNotPromoted() {
        TestAccounts.Account squatter = accounts.register();

        run(bootstrap(new AdminProperties(squatter.email(), "configured-password", unused(), unused(), "x"),
                embedded(), false));

        String token = accounts.login(squatter.email(), squatter.password()).accessToken();
        assertThat(Jwts.claims(token).getString("role")).isEqualTo("customer");
    }

    @Test
    void anAdminPasswordShorterThanTenCharactersStopsTheStart() {
        assertThatThrownBy(() -> new AdminProperties("boss@example.test", "short", "a@b", "c@d", "x"))
                .isInstanceOf(InvalidConfigurationException.class)
                .extracting(e -> ((InvalidConfigurationException) e).setting())
                .isEqualTo("ADMIN_PASSWORD");
        assertThatThrownBy(() -> new AdminProperties("boss@example.test", null, "a@b", "c@d", "x"))
                .isInstanceOf(InvalidConfigurationException.class);
    }

    private AccountBootstrap bootstrap(AdminProperties admin, DatabaseProperties db, Boolean demoData) {
        return new AccountBootstrap(admin, db, new ComptoirProperties(Path.of("target/test-data"), demoData), users,
                roles, passwords);
    }

    /** The bean runs in a transaction through its proxy; these hand-made instances get one here. */
    private void run(AccountBootstrap bootstrap) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> bootstrap.run(null));
    }

    private static DatabaseProperties embedded() {
        return new DatabaseProperties(null, "postgres", null, 10, Duration.ofSeconds(5), true);
    }

    private static String unused() {
        return "unused-" + TestAccounts.uniqueEmail();
    }
}
