package cn.nianbao.account;

/** An account change that is not allowed or not valid; the message says why, in Chinese, for the page. */
public class AccountRefused extends RuntimeException {
    public AccountRefused(String message) {
        super(message);
    }
}
