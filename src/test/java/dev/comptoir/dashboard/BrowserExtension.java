package dev.comptoir.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's headless Chromium driven by Playwright (its own browser download is skipped). One browser
 * for the whole test run; each test gets a fresh context (no cookies, English, Paris time) and an
 * {@link AdminUi} on the server under test. Without the browser the tests are skipped and say why; with
 * {@code TEST_BROWSER=1} (CI) they fail instead.
 */
class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    private static final boolean REQUIRED = "1".equals(System.getenv("TEST_BROWSER"));
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean present = Files.isExecutable(Path.of(CHROMIUM));
        if (!present && REQUIRED) {
            throw new IllegalStateException("TEST_BROWSER=1 but no browser at " + CHROMIUM
                    + " (apt-get install -y chromium, or set CHROMIUM_PATH)");
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: no Chromium at " + CHROMIUM
                + " (apt-get install -y chromium; TEST_BROWSER=1 makes this a failure)");
        browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NS).computeIfAbsent("browser", k -> new Shared(), Shared.class).browser;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AdminUi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        int port = Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment()
                .getProperty("local.server.port"));
        BrowserContext browserContext = browser(context).newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("en-US")
                .setTimezoneId("Europe/Paris")
                .setViewportSize(1280, 900)
                .setAcceptDownloads(true));
        browserContext.setDefaultTimeout(15_000);
        Page page = browserContext.newPage();
        // what the page itself reports goes to the test log, next to the failure it explains
        page.onPageError(error -> System.out.println("[browser] page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || "warning".equals(message.type())) {
                System.out.println("[browser] console " + message.type() + ": " + message.text());
            }
        });
        AdminUi ui = new AdminUi(page, port);
        context.getStore(NS).put("ui", ui);
        return ui;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        AdminUi ui = context.getStore(NS).remove("ui", AdminUi.class);
        if (ui != null) {
            ui.page().context().close();
        }
    }

    /** Closed by JUnit when the run ends. */
    private static final class Shared implements AutoCloseable {
        final Playwright playwright;
        final Browser browser;

        Shared() {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM))
                    .setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
