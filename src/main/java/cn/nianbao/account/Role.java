package cn.nianbao.account;

import java.util.List;
import java.util.Optional;

/** What an account may do. An admin does everything a reviewer does, and manages the accounts. */
public enum Role {
    REVIEWER("reviewer", "审核员", List.of("ROLE_REVIEWER")),
    ADMIN("admin", "管理员", List.of("ROLE_ADMIN", "ROLE_REVIEWER"));

    private final String id;
    private final String label;
    private final List<String> authorities;

    Role(String id, String label, List<String> authorities) {
        this.id = id;
        this.label = label;
        this.authorities = authorities;
    }

    /** As stored in account.role. */
    public String id() {
        return id;
    }

    /** The role's Chinese name, for the pages. */
    public String label() {
        return label;
    }

    /** Spring Security's authorities: an admin holds the reviewer's too, so every reviewer rule admits admins. */
    public List<String> authorities() {
        return authorities;
    }

    public static Optional<Role> parse(String id) {
        for (Role role : values()) {
            if (role.id.equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
