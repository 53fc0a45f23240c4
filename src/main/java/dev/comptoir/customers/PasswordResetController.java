package dev.comptoir.customers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Auth")
@RestController
@RequestMapping("/api/auth/password-reset")
@SecurityRequirements
class PasswordResetController {

    private final PasswordResetService resets;

    PasswordResetController(PasswordResetService resets) {
        this.resets = resets;
    }

    record PasswordResetRequest(@NotBlank @Email @Size(max = 254) String email) {}

    record PasswordResetConfirmRequest(
            @NotBlank @Size(max = 128) String token,
            @NotBlank @Size(min = AdminProperties.MIN_PASSWORD, max = AdminProperties.MAX_PASSWORD) String password) {}

    @Operation(operationId = "requestPasswordReset", summary = "Email a password reset link",
            description = """
                    Answers 202 with the same body whether or not the address has an account. An account gets an \\
                    email (in its language) with a link holding a single-use token, valid PASSWORD_RESET_TTL \\
                    (1 hour); asking again makes the previous link stop working. At most ACCOUNT_EMAILS_PER_HOUR \\
                    links an hour per account. Errors: 400 invalid_data, 429 rate_limit_exceeded.""")
    @ApiResponse(responseCode = "202", description = "Taken (an email is on its way if the address has an account)")
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted request(@Valid @RequestBody PasswordResetRequest request) {
        resets.request(request.email());
        return new Accepted("If an account uses this address, we sent it a link to choose a new password.");
    }

    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with the emailed token",
            description = """
                    Spends the token of the reset email and sets the password. Every session of the account ends \\
                    (its refresh tokens are revoked) and its other pending links stop working; the address counts \\
                    as verified. Errors: 400 token_invalid (unknown token), token_used (already used), \\
                    token_expired (past its lifetime or replaced by a newer link), invalid_data; \\
                    429 rate_limit_exceeded.""")
    @ApiResponse(responseCode = "204", description = "The password is changed; log in with it")
    @ApiResponse(responseCode = "400", description = "token_invalid, token_used, token_expired, invalid_data",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@Valid @RequestBody PasswordResetConfirmRequest request) {
        resets.confirm(request.token(), request.password());
    }
}
