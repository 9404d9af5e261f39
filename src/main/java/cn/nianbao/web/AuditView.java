package cn.nianbao.web;

/** A line of the audit trail as the page shows it. */
public record AuditView(String at, String actor, String what, String before, String after, String reason) {
}
