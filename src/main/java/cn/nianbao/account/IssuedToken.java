package cn.nianbao.account;

/** A token just created: {@code token} is shown this once and stored nowhere. */
public record IssuedToken(ApiToken info, String token) {
}
