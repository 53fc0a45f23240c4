package dev.comptoir.customers;

import dev.comptoir.shared.ComptoirProperties;
import dev.comptoir.shared.db.DatabaseProperties;
import dev.comptoir.shared.security.Permissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can administer the shop: the admin from ADMIN_EMAIL / ADMIN_PASSWORD, or on the
 * embedded default a generated one whose password is logged once. Inserts are ON CONFLICT DO NOTHING,
 * so instances starting together create each account once.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AdminProperties admin;
    private final DatabaseProperties db;
    private final ComptoirProperties app;
    private final UserRepository users;
    private final RoleRepository roles;
    private final Passwords passwords;

    AccountBootstrap(AdminProperties admin, DatabaseProperties db, ComptoirProperties app, UserRepository users,
            RoleRepository roles, Passwords passwords) {
        this.admin = admin;
        this.db = db;
        this.app = app;
        this.users = users;
        this.roles = roles;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // the code's permission list is the authority for admin, so new permissions reach it on upgrade
        roles.setPermissions(Role.ADMIN, String.join(",", Permissions.ALL));
        bootstrapAdmin();
        if (app.demoData() != null ? app.demoData() : db.embedded()) {
            if (create(admin.demoCustomerEmail(), admin.demoCustomerPassword(), "Demo", "Customer", Role.CUSTOMER)) {
                log.info("Created the demo customer {} (password {})", admin.demoCustomerEmail(),
                        admin.demoCustomerPassword());
            }
        }
    }

    private void bootstrapAdmin() {
        if (admin.configured()) {
            if (create(admin.email(), admin.password(), "Admin", "Comptoir", Role.ADMIN)) {
                log.info("Created the admin account {} from ADMIN_EMAIL", admin.email());
            } else if (users.findByEmailAndDeletedAtIsNull(User.normalize(admin.email()))
                    .filter(u -> !Role.ADMIN.equals(u.role())).isPresent()) {
                // never promote an account someone may have registered with that address
                log.warn("ADMIN_EMAIL {} belongs to an existing account that is not an admin; it was left as is",
                        admin.email());
            }
        } else if (db.embedded()) {
            String password = generatedPassword();
            if (create(admin.embeddedEmail(), password, "Admin", "Comptoir", Role.ADMIN)) {
                // printed once: it exists nowhere else, only its hash is stored
                log.warn("Created the admin account {} with the generated password {} (shown only now; "
                        + "change it with POST /api/users/me/password)", admin.embeddedEmail(), password);
            }
        } else if (!users.existsByRoleAndDeletedAtIsNull(Role.ADMIN)) {
            log.warn("No admin account exists and ADMIN_EMAIL / ADMIN_PASSWORD are not set: none was created");
        }
    }

    /** True when this call created the account, false when a live one already had the email. */
    private boolean create(String email, String password, String firstName, String lastName, String role) {
        if (users.existsByEmailAndDeletedAtIsNull(User.normalize(email))) {
            return false; // skip the bcrypt work on every restart
        }
        return users.insertIfAbsent(User.normalize(email), passwords.hash(password), firstName, lastName, role) == 1;
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
