package cn.nianbao.api;

/**
 * A reviewer's correction of one cell over the API, as the report page's form sends it.
 *
 * @param value    the value read in the source (as typed: 1,234 and full-width digits are accepted)
 * @param reason   why, for the audit trail (required)
 * @param revision the report's {@code revision} the reviewer saw; a report changed since is refused (409)
 */
public record CellCorrection(String value, String reason, Integer revision) {
}
