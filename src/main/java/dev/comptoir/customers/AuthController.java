package dev.comptoir.customers;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.comptoir.shared.error.UnauthorizedException;
import dev.comptoir.shared.i18n.Languages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
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

    private static final String PROBLEM = "application/problem+json";
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
                    can log in at once (POST /api/auth/login, which also merges an anonymous cart), and an email \
                    with its verification link; the holder of a taken address is emailed that someone tried to \
                    register with it. The emails are in the language of Accept-Language (English or French), \
                    which becomes the account's. Errors: 400 invalid_data, 429 rate_limit_exceeded.""")
    @ApiResponse(responseCode = "202", description = "Registration accepted (a new or an existing address alike)")
    @SecurityRequirements
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

    @Operation(operationId = "login", summary = "Sign in: an access token and a refresh token",
            description = "Exchanges email and password for a short access token and a rotating refresh token. "
                    + COOKIE_DOC + " An anonymous cart named by X-Session-Id is merged into the account's. "
                    + "After LOGIN_LOCK_THRESHOLD wrong passwords in a row for one email (from any client), "
                    + "sign-in for it is refused for a while that doubles with every further failure (429 "
                    + "too_many_failed_logins with Retry-After), right password or not; an unknown email is "
                    + "treated the same. The account's holder is emailed once per lock.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Signed in",
                        headers = @Header(name = HttpHeaders.SET_COOKIE,
                                description = "With cookie=true: the refresh cookie")),
                @ApiResponse(responseCode = "400", description = "invalid_data",
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"))),
                @ApiResponse(responseCode = "401", description = "invalid_credentials",
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"))),
                @ApiResponse(responseCode = "429", description = "rate_limit_exceeded (this client address) or "
                        + "too_many_failed_logins (this account; `retryAfter` seconds, also in Retry-After)",
                        headers = @Header(name = "Retry-After", description = "seconds to wait",
                                schema = @Schema(type = "integer")),
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
            })
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
            description = "Spends the refresh token and answers a new pair; a token presented again after its "
                    + "rotation revokes its whole session (except within REFRESH_REUSE_GRACE). The token comes "
                    + "from the body, or, when the body has none, from the refresh cookie set by a login with "
                    + "cookie=true: then the next one is set as the cookie too and left out of the body.",
            parameters = @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, required = false,
                    description = "The refresh token set by a login with cookie=true; read when the body is empty"),
            responses = {
                @ApiResponse(responseCode = "200", description = "The next token pair",
                        headers = @Header(name = HttpHeaders.SET_COOKIE,
                                description = "When the cookie was used: the next refresh cookie")),
                @ApiResponse(responseCode = "400", description = "invalid_data",
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem"))),
                @ApiResponse(responseCode = "401", description = "invalid_refresh_token (also when neither the "
                        + "body nor the cookie holds one)",
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
            })
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

    @Operation(operationId = "logout", summary = "Sign out: revoke the refresh token's session",
            description = "Revokes the refresh token's whole family (idempotent: an unknown or revoked token is "
                    + "fine). The token comes from the body or, when there is no body, from the refresh cookie, "
                    + "which is cleared.",
            parameters = @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, required = false,
                    description = "The refresh token set by a login with cookie=true; read when the body is empty"),
            responses = {
                @ApiResponse(responseCode = "204", description = "Signed out",
                        headers = @Header(name = HttpHeaders.SET_COOKIE,
                                description = "Without a body: the refresh cookie, cleared")),
                @ApiResponse(responseCode = "400", description = "invalid_data",
                        content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
            })
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
