package cn.nianbao.account;

import java.time.Instant;

/**
 * An account as the pages show it (the password hash stays in {@link AccountStore}).
 *
 * @param mustChangePassword the password was set by someone else (first start, an admin): nothing but changing it
 *                           is allowed until it is changed
 * @param createdBy          the admin who created it; null for the first admin
 */
public record Account(String username, String displayName, Role role, boolean enabled, boolean mustChangePassword,
                      Instant createdAt, String createdBy) {
}
