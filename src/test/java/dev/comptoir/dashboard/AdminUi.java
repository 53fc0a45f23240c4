package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;

/** The dashboard as a person uses it: by labels, roles and visible text. */
record AdminUi(Page page, int port) {

    static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");

    AdminUi open(String hash) {
        page.navigate("/admin/" + hash);
        return this;
    }

    /** Signs in through the form and waits for the shell. */
    AdminUi signIn(String email, String password) {
        if (!page.url().contains("/admin/")) {
            open("");
        }
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        return this;
    }

    /** Navigates inside the app (the hash router) and waits for the screen's heading. */
    AdminUi go(String hash, String heading) {
        page.evaluate("h => { location.hash = h; }", hash);
        assertThat(heading()).containsText(heading);
        return this;
    }

    Locator heading() {
        return page.locator("main h1");
    }

    Locator menu(String name) {
        return page.locator(".shell > nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator alert() {
        return page.getByRole(AriaRole.ALERT);
    }

    Locator status() {
        return page.getByRole(AriaRole.STATUS);
    }

    /** Keeps a picture of the screen as a test artifact (target/dashboard-screenshots). */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
