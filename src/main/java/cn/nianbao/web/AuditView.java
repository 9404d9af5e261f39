package cn.nianbao.web;

import java.util.List;

/**
 * A line of the audit trail as the page shows it.
 *
 * @param details for one action that changed many cells at once (004's 98 confirmed values): the changes, which
 *                the page folds under one line; empty otherwise
 */
public record AuditView(String at, String actor, String what, String before, String after, String reason,
                        List<AuditView> details) {
}
