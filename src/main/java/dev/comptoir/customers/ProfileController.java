package dev.comptoir.customers;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.i18n.Languages;
import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Profile", description = "The caller's own account")
@RestController
@RequestMapping("/api/users/me")
class ProfileController {

    private static final String NOT_BLANK = ".*\\S.*";

    private final AccountService accounts;
    private final Languages languages;

    ProfileController(AccountService accounts, Languages languages) {
        this.accounts = accounts;
        this.languages = languages;
    }

    /**
     * Absent members stay unchanged; anything but the names and the language (role, email, id...) is
     * ignored. The email changes through {@code POST /api/users/me/email}.
     */
    record UpdateProfileRequest(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String firstName,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String lastName,
            @Schema(description = "The language of the account's emails", allowableValues = {"en", "fr"})
                    @Size(max = 35) String locale) {}

    record ChangePasswordRequest(
            @NotBlank @Size(max = 1024) String currentPassword,
            @NotBlank @Size(min = AdminProperties.MIN_PASSWORD, max = AdminProperties.MAX_PASSWORD)
                    String newPassword) {}

    @Operation(summary = "The caller's account, role and permissions")
    @GetMapping
    UserView me() {
        return accounts.me(CurrentUser.require());
    }

    @Operation(summary = "Change first and last name, and the language of the emails")
    @PatchMapping
    UserView update(@Valid @RequestBody UpdateProfileRequest request) {
        String locale = request.locale() == null ? null : languages.exactly(request.locale())
                .orElseThrow(() -> new BadRequestException("invalid_data", "Invalid request: locale must be one of "
                        + Languages.SUPPORTED, Map.of("errors", FieldProblem.single("locale",
                                "must be one of " + Languages.SUPPORTED))));
        return accounts.update(CurrentUser.require(), request.firstName(), request.lastName(), locale);
    }

    @Operation(summary = "Delete the account (soft delete); every session ends")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete() {
        accounts.delete(CurrentUser.require());
    }

    @Operation(summary = "Change the password; every refresh token is revoked")
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody ChangePasswordRequest request) {
        accounts.changePassword(CurrentUser.require(), request.currentPassword(), request.newPassword());
    }
}
