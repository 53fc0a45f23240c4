package dev.comptoir.dashboard;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.comptoir.support.SystemTest;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** A system test that drives the dashboard in a real browser: take an {@link AdminUi} parameter. */
@Target(TYPE)
@Retention(RUNTIME)
@SystemTest
@Tag("browser")
@ExtendWith(BrowserExtension.class)
@interface BrowserTest {}
