package dev.comptoir.customers;

import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping("/api/auth/verify-email")
class EmailVerificationController {

    private final EmailVerificationService verifications;

    EmailVerificationController(EmailVerificationService verifications) {
        this.verifications = verifications;
    }

    record VerifyEmailRequest(@NotBlank @Size(max = 128) String token) {}

    @Schema(name = "EmailVerified")
    record VerifiedResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean emailVerified) {}

    @Operation(operationId = "verifyEmail", summary = "Verify the account's address with the emailed token",
            description = """
                    Spends the token of the verification email (sent at registration, or again by \\
                    POST /api/auth/verify-email/resend); no sign-in needed, the link may be opened anywhere. The \\
                    profile then says emailVerified: true, and checkout is allowed when EMAIL_VERIFICATION_REQUIRED. \\
                    Errors: 400 token_invalid (unknown, or sent to an address the account no longer has), \\
                    token_used, token_expired, invalid_data; 429 rate_limit_exceeded.""")
    @ApiResponse(responseCode = "200", description = "The address is verified")
    @ApiResponse(responseCode = "400", description = "token_invalid, token_used, token_expired, invalid_data",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @SecurityRequirements
    @PostMapping
    VerifiedResponse verify(@Valid @RequestBody VerifyEmailRequest request) {
        return new VerifiedResponse(verifications.verify(request.token()).email(), true);
    }

    @Operation(operationId = "resendEmailVerification", summary = "Email the verification link again",
            description = """
                    Sends the signed-in customer a new verification link (the previous one stops working). At most \\
                    ACCOUNT_EMAILS_PER_HOUR links an hour: past that the answer is the same and nothing is sent. \\
                    Errors: 401 unauthorized, 409 email_already_verified, 429 rate_limit_exceeded.""")
    @ApiResponse(responseCode = "202", description = "A new link is on its way")
    @ApiResponse(responseCode = "409", description = "email_already_verified",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @SecurityRequirement(name = "bearer")
    @PostMapping("/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted resend() {
        verifications.resend(CurrentUser.require());
        return new Accepted("We sent a new verification link to the account's address.");
    }
}
