package dev.comptoir.customers;

import dev.comptoir.shared.security.JwtProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The refresh token as a cookie, for browser clients that opt in (the admin dashboard): script never
 * reads it ({@code HttpOnly}), it travels over HTTPS only ({@code Secure}; browsers accept it on
 * localhost), never on a cross-site request ({@code SameSite=Strict}), and only to the auth routes.
 */
@Component
class RefreshCookie {

    static final String NAME = "comptoir_refresh";
    static final String PATH = "/api/auth";

    private final Duration maxAge;

    RefreshCookie(JwtProperties jwt) {
        this.maxAge = jwt.refreshTokenTtl();
    }

    String holding(String refreshToken) {
        return build(refreshToken, maxAge);
    }

    String cleared() {
        return build("", Duration.ZERO);
    }

    static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> NAME.equals(c.getName()) && c.getValue() != null && !c.getValue().isBlank())
                .map(Cookie::getValue)
                .filter(v -> v.length() <= 512)
                .findFirst();
    }

    private static String build(String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value).path(PATH).httpOnly(true).secure(true).sameSite("Strict")
                .maxAge(maxAge).build().toString();
    }
}
