package dev.comptoir.customers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
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

    AuthController(AuthService auth, SignIn signIn) {
        this.auth = auth;
        this.signIn = signIn;
    }

    /** Unknown members (role, permissions, id...) are ignored: a registration is always a customer. */
    record RegisterRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = AdminProperties.MIN_PASSWORD, max = AdminProperties.MAX_PASSWORD) String password,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName) {}

    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {}

    record RefreshRequest(@NotBlank @Size(max = 512) String refreshToken) {}

    /** {@code warnings}: e.g. {@code cart_not_merged}; empty when all went well. */
    record RegisterResponse(String accessToken, String refreshToken, long expiresIn, String tokenType,
            UserView user, List<SignIn.Warning> warnings) {}

    record LoginResponse(String accessToken, String refreshToken, long expiresIn, String tokenType,
            List<SignIn.Warning> warnings) {}

    @Operation(summary = "Create a customer account; answers a token pair and the account")
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    RegisterResponse register(@Valid @RequestBody RegisterRequest request,
            @RequestHeader(name = SESSION_HEADER, required = false) String sessionId) {
        AuthService.Registration done = auth.register(request.email(), request.password(), request.firstName(),
                request.lastName());
        List<SignIn.Warning> warnings = signIn.signedIn(done.user().id(), session(sessionId));
        TokenPair tokens = done.tokens();
        return new RegisterResponse(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(),
                tokens.tokenType(), done.user(), warnings);
    }

    @Operation(summary = "Exchange email and password for an access token and a refresh token",
            description = "After LOGIN_LOCK_THRESHOLD wrong passwords in a row for one email (from any client), "
                    + "sign-in for it is refused for a while that doubles with every further failure (429 "
                    + "too_many_failed_logins with Retry-After), right password or not; an unknown email is "
                    + "treated the same. The account's holder is emailed once per lock.")
    @ApiResponse(responseCode = "200", description = "Signed in", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", description = "error: invalid_credentials", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "429", description = "error: rate_limit_exceeded (this client address) or "
            + "too_many_failed_logins (this account; `retryAfter` seconds, also in Retry-After)",
            headers = @Header(name = "Retry-After", description = "seconds to wait", schema = @Schema(type = "integer")),
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
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
