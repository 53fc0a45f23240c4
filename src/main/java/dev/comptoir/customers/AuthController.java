package dev.comptoir.customers;

import dev.comptoir.shared.i18n.Languages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Auth", description = "Register, log in, rotate and revoke tokens")
@RestController
@RequestMapping("/api/auth")
class AuthController {

    static final String SESSION_HEADER = "X-Session-Id";

    private final AuthService auth;
    private final SignIn signIn;
    private final RegistrationService registrations;
    private final AccountProperties accounts;
    private final Languages languages;

    AuthController(AuthService auth, SignIn signIn, RegistrationService registrations, AccountProperties accounts,
            Languages languages) {
        this.auth = auth;
        this.signIn = signIn;
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

    /** {@code warnings}: e.g. {@code cart_not_merged}; empty when all went well. */
    record LoginResponse(String accessToken, String refreshToken, long expiresIn, String tokenType,
            List<SignIn.Warning> warnings) {}

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

    @Operation(summary = "Exchange email and password for an access token and a refresh token")
    @PostMapping("/login")
    LoginResponse login(@Valid @RequestBody LoginRequest request,
            @RequestHeader(name = SESSION_HEADER, required = false) String sessionId) {
        AuthService.Login login = auth.login(request.email(), request.password());
        List<SignIn.Warning> warnings = signIn.signedIn(login.userId(), session(sessionId));
        TokenPair tokens = login.tokens();
        return new LoginResponse(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(), tokens.tokenType(),
                warnings);
    }

    @Operation(summary = "Rotate a refresh token: the old one is spent, a reused one revokes its family")
    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return auth.refresh(request.refreshToken());
    }

    @Operation(summary = "Revoke the refresh token's family (idempotent)")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody RefreshRequest request) {
        auth.logout(request.refreshToken());
    }

    /** Carried as given to the cart module; an absurd value is dropped rather than stored. */
    private static String session(String header) {
        if (header == null || header.isBlank() || header.length() > 128) {
            return null;
        }
        return header.strip();
    }
}
