package cn.nianbao.account;

/**
 * What an admin fills in to create an account.
 *
 * @param temporaryPassword the person must choose a password of their own at the first login (the admin page's
 *                          default); false for accounts whose password is already theirs, such as tests' accounts
 */
public record NewAccount(String username, String displayName, Role role, String password, boolean temporaryPassword) {
}
