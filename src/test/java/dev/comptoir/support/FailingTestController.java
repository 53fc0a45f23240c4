package dev.comptoir.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A route that fails unexpectedly, present only in tests, to check what a 500 reveals. */
@RestController
class FailingTestController {

    @GetMapping("/test/unexpected-failure")
    String fail() {
        throw new IllegalStateException("select password_hash from users -- internal detail");
    }
}
