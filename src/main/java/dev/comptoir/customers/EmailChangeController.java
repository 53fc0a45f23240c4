package dev.comptoir.customers;

import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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

@Tag(name = "Profile")
@RestController
@RequestMapping("/api/users/me/email")
@SecurityRequirement(name = "bearer")
class EmailChangeController {

    private final EmailChangeService changes;

    EmailChangeController(EmailChangeService changes) {
        this.changes = changes;
    }

    record ChangeEmailRequest(@NotBlank @Email @Size(max = 254) String newEmail,
            @NotBlank @Size(max = 1024) String password) {}

    record ConfirmEmailChangeRequest(@NotBlank @Size(max = 128) String token) {}

    @Operation(operationId = "requestEmailChange", summary = "Ask to move the account to another address",
            description = """
                    Checks the password, then emails a confirmation link (single-use, valid EMAIL_CHANGE_TTL, \\
                    24 hours) to the new address and a notice to the current one. The answer is the same when \\
                    another account already uses the new address (it then gets no link). Nothing changes until \\
                    the link is confirmed. Errors: 400 invalid_current_password, invalid_data (also for the \\
                    current address); 401 unauthorized; 429 rate_limit_exceeded.""")
    @ApiResponse(responseCode = "202", description = "The confirmation link is on its way to the new address")
    @ApiResponse(responseCode = "400", description = "invalid_current_password, invalid_data",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted request(@Valid @RequestBody ChangeEmailRequest request) {
        changes.request(CurrentUser.require(), request.newEmail(), request.password());
        return new Accepted("We sent a confirmation link to the new address; the account keeps its current "
                + "address until it is confirmed.");
    }

    @Operation(operationId = "confirmEmailChange", summary = "Confirm the new address with the emailed token",
            description = """
                    Signed in as the account that asked, spends the token sent to the new address and moves the \\
                    account to it (verified). Errors: 400 token_invalid (unknown, or another account's), \\
                    token_used, token_expired, invalid_data; 401 unauthorized; 409 email_taken (another account \\
                    took the address meanwhile).""")
    @ApiResponse(responseCode = "200", description = "The account with its new address")
    @ApiResponse(responseCode = "400", description = "token_invalid, token_used, token_expired, invalid_data",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "email_taken",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/confirm")
    UserView confirm(@Valid @RequestBody ConfirmEmailChangeRequest request) {
        return changes.confirm(CurrentUser.require(), request.token());
    }
}
