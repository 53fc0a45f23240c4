package dev.comptoir.customers;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.comptoir.shared.error.UnauthorizedException;
import dev.comptoir.shared.i18n.Languages;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Auth", description = "Register, log in, rotate and revoke tokens")
@RestController
@RequestMapping("/api/auth")
class AuthController {

    static final String SESSION_HEADER = "X-Session-Id";

    private static final String COOKIE_DOC = "With `cookie=true` the refresh token is set as the cookie `"
            + RefreshCookie.NAME + "` (HttpOnly, Secure, SameSite=Strict, Path=" + RefreshCookie.PATH
            + ") and left out of the body, so that a browser client never holds it in script.";

    private final AuthService auth;
    private final SignIn signIn;
    private final RefreshCookie cookie;
    private final RegistrationService registrations;
    private final AccountProperties accounts;
    private final Languages languages;

    AuthController(AuthService auth, SignIn signIn, RefreshCookie cookie, RegistrationService registrations,
            AccountProperties accounts, Languages languages) {
        this.auth = auth;
        this.signIn = signIn;
        this.cookie = cookie;
        this.registrations = registrations;
        this.accounts = accounts;
        this.languages = languages;
    }

    /** Unknown members (role, permissions, id...) are ignored: a registration is always a customer. */
    record RegisterRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = AdminProperties.MIN_PASSWORD, max = AdminProperties.MAX_PASSWORD) String password,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName) {}

    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {}

    record RefreshRequest(@NotBlank @Size(max = 512) String refreshToken) {}

    /**
     * The same for a new and a taken address (ADR 0006): what to do next, never whether an account
     * exists. {@code emailVerificationRequired}: checkout waits for the emailed link.
     */
    @Schema(name = "RegistrationAccepted")
    record RegisterResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ada@example.com") String email,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean emailVerificationRequired,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {}

    /**
     * {@code refreshToken} is absent when it was set as the refresh cookie instead; {@code warnings}: e.g.
     * {@code cart_not_merged}, empty when all went well.
     */
    record LoginResponse(String accessToken, @JsonInclude(JsonInclude.Include.NON_NULL) String refreshToken,
            long expiresIn, String tokenType, List<SignIn.Warning> warnings) {}

    @Operation(operationId = "register", summary = "Register a customer account",
            description = """
                    Answers 202 with the same body whether or not the address already has an account, so that \
                    registration cannot be used to learn who is a customer. A new address gets an account, which \
                    can log in at once (login, which also merges an anonymous cart), and an email with its \
                    verification link; the holder of a taken address is emailed that someone tried to register \
                    with it. The emails are in the language of Accept-Language (English or French), which becomes \
                    the account's.""")
    @ApiResponse(responseCode = "202", description = "Registration accepted (a new or an existing address alike)")
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RegisterResponse register(@Valid @RequestBody RegisterRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String email = User.normalize(request.email());
        registrations.register(new RegistrationService.Registration(email, request.firstName(), request.lastName(),
                request.password(), languages.fromAcceptLanguage(acceptLanguage)));
        return new RegisterResponse(email, accounts.emailVerificationRequired(), "We sent an email to " + email
                + ". If the address is new, its account is ready: you can log in now.");
    }

    @Operation(operationId = "login", summary = "Sign in",
            description = "Exchanges email and password for an access token (15 minutes) and a rotating refresh "
            + "token (30 days). " + COOKIE_DOC + " An anonymous cart sent as X-Session-Id is merged into the "
            + "customer's; a failed merge is a cart_not_merged warning, the sign-in still succeeds. After "
            + "LOGIN_LOCK_THRESHOLD wrong passwords in a row for one email (from any client), sign-in for it is "
            + "refused for a while that doubles with every further failure (429 too_many_failed_logins with "
            + "`retryAfter` and Retry-After), right password or not; an unknown email is treated the same. The "
            + "account's holder is emailed once per lock.")
    @ApiResponse(responseCode = "200", description = "Signed in",
            headers = @Header(name = HttpHeaders.SET_COOKIE, description = "With cookie=true: the refresh cookie"))
    @ApiHeaders(ApiHeader.SESSION_ID_SENT)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_session_id")
    @ErrorCodes(status = HttpStatus.UNAUTHORIZED, value = "invalid_credentials")
    @ErrorCodes(status = HttpStatus.TOO_MANY_REQUESTS, value = "too_many_failed_logins")
    @PostMapping("/login")
    LoginResponse login(@Valid @RequestBody LoginRequest request,
            @RequestHeader(name = SESSION_HEADER, required = false) String sessionId,
            @Parameter(description = "Set the refresh token as an HttpOnly cookie instead of returning it")
                    @RequestParam(name = "cookie", defaultValue = "false") boolean useCookie,
            HttpServletResponse response) {
        AuthService.Login login = auth.login(request.email(), request.password());
        List<SignIn.Warning> warnings = signIn.signedIn(login.userId(), session(sessionId));
        TokenPair tokens = inCookieIf(useCookie, login.tokens(), response);
        return new LoginResponse(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(), tokens.tokenType(),
                warnings);
    }

    @Operation(operationId = "refreshToken", summary = "Rotate a refresh token",
            description = "Spends a refresh token for a new token pair. A refresh token presented again after its "
            + "rotation revokes its whole session, except within REFRESH_REUSE_GRACE, when it answers the same "
            + "successor (two tabs refreshing at once). The token comes from the body, or, when the body has "
            + "none, from the refresh cookie set by a login with cookie=true: then the next one is set as the "
            + "cookie too and left out of the body. Neither is invalid_refresh_token.",
            parameters = @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, required = false,
                    schema = @Schema(type = "string"),
                    description = "The refresh token set by a login with cookie=true; read when the body is empty"))
    @ApiResponse(responseCode = "200", description = "The next token pair",
            headers = @Header(name = HttpHeaders.SET_COOKIE,
                    description = "When the cookie was used: the next refresh cookie"))
    @ErrorCodes(status = HttpStatus.UNAUTHORIZED, value = "invalid_refresh_token")
    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody(required = false) RefreshRequest request,
            HttpServletRequest http,
            HttpServletResponse response) {
        if (request != null) {
            return auth.refresh(request.refreshToken());
        }
        String fromCookie = RefreshCookie.read(http).orElseThrow(AuthController::noRefreshToken);
        return inCookieIf(true, auth.refresh(fromCookie), response);
    }

    @Operation(operationId = "logout", summary = "Sign out",
            description = "Revokes the session of this refresh token (every token rotated from it). Idempotent: an "
            + "unknown or revoked token also answers 204. The token comes from the body or, when there is no "
            + "body, from the refresh cookie, which is cleared.",
            parameters = @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, required = false,
                    schema = @Schema(type = "string"),
                    description = "The refresh token set by a login with cookie=true; read when the body is empty"))
    @ApiResponse(responseCode = "204", description = "Signed out",
            headers = @Header(name = HttpHeaders.SET_COOKIE, description = "Without a body: the refresh cookie, cleared"))
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody(required = false) RefreshRequest request, HttpServletRequest http,
            HttpServletResponse response) {
        if (request != null) {
            auth.logout(request.refreshToken());
            return;
        }
        RefreshCookie.read(http).ifPresent(auth::logout);
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.cleared());
    }

    private TokenPair inCookieIf(boolean useCookie, TokenPair tokens, HttpServletResponse response) {
        if (!useCookie) {
            return tokens;
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.holding(tokens.refreshToken()));
        return tokens.withoutRefreshToken();
    }

    private static UnauthorizedException noRefreshToken() {
        return new UnauthorizedException("invalid_refresh_token",
                "No refresh token: send it in the body or in the refresh cookie");
    }

    /** Carried as given to the cart module; an absurd value is dropped rather than stored. */
    private static String session(String header) {
        if (header == null || header.isBlank() || header.length() > 128) {
            return null;
        }
        return header.strip();
    }
}
