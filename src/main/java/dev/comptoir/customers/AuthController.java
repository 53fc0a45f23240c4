package dev.comptoir.customers;

import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(operationId = "register", summary = "Create a customer account",
            description = "Creates a customer account and signs it in: answers the account and a token pair. An "
            + "anonymous cart sent as X-Session-Id is merged into the new account's cart.")
    @ApiHeaders(ApiHeader.SESSION_ID_SENT)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_session_id")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "email_taken")
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

    @Operation(operationId = "login", summary = "Sign in",
            description = "Exchanges email and password for an access token (15 minutes) and a rotating refresh "
            + "token (30 days). An anonymous cart sent as X-Session-Id is merged into the customer's; a "
            + "failed merge is a cart_not_merged warning, the sign-in still succeeds.")
    @ApiHeaders(ApiHeader.SESSION_ID_SENT)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_session_id")
    @ErrorCodes(status = HttpStatus.UNAUTHORIZED, value = "invalid_credentials")
    @PostMapping("/login")
    LoginResponse login(@Valid @RequestBody LoginRequest request,
            @RequestHeader(name = SESSION_HEADER, required = false) String sessionId) {
        AuthService.Login login = auth.login(request.email(), request.password());
        List<SignIn.Warning> warnings = signIn.signedIn(login.userId(), session(sessionId));
        TokenPair tokens = login.tokens();
        return new LoginResponse(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(), tokens.tokenType(),
                warnings);
    }

    @Operation(operationId = "refreshToken", summary = "Rotate a refresh token",
            description = "Spends a refresh token for a new token pair. A refresh token presented again after its "
            + "rotation revokes its whole session, except within REFRESH_REUSE_GRACE, when it answers "
            + "the same successor (two tabs refreshing at once).")
    @ErrorCodes(status = HttpStatus.UNAUTHORIZED, value = "invalid_refresh_token")
    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return auth.refresh(request.refreshToken());
    }

    @Operation(operationId = "logout", summary = "Sign out",
            description = "Revokes the session of this refresh token (every token rotated from it). Idempotent: an "
            + "unknown or revoked token also answers 204.")
    @ApiResponse(responseCode = "204", description = "Signed out")
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
