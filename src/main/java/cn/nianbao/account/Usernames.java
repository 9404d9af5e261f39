package cn.nianbao.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames are lower case ASCII (a-z, 0-9, . _ -), 2 to 32 characters; login ignores case and outer spaces. */
public final class Usernames {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    private Usernames() {
    }

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static String checked(String username) {
        String name = normalize(username);
        if (!VALID.matcher(name).matches()) {
            throw new AccountRefused("用户名应为 2 到 32 个字符：小写英文字母、数字和 . _ -，以字母或数字开头。");
        }
        return name;
    }
}
