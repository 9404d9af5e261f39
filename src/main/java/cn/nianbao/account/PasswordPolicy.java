package cn.nianbao.account;

import java.nio.charset.StandardCharsets;

/** At least 8 characters; at most 72 bytes, because BCrypt reads no further (and Spring refuses longer ones). */
final class PasswordPolicy {
    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static String checked(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH || password.isBlank()) {
            throw new AccountRefused("密码至少 " + MIN_LENGTH + " 个字符。");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountRefused("密码太长：最多 " + MAX_BYTES + " 字节（72 个英文字符或 24 个汉字）。");
        }
        return password;
    }
}
