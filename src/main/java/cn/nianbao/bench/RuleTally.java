package cn.nianbao.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * For one rule over a corpus: findings the truth requires, findings given, and those given that match a
 * required one (same rule, same cells, same severity when the truth names it).
 */
public record RuleTally(String rule, int expected, int given, int matched) {

    RuleTally plus(int moreExpected, int moreGiven, int moreMatched) {
        return new RuleTally(rule, expected + moreExpected, given + moreGiven, matched + moreMatched);
    }

    /** Of the findings given, the share the truth requires; 1 when none was given. */
    @JsonProperty
    double precision() {
        return given == 0 ? 1 : (double) matched / given;
    }

    /** Of the findings required, the share given; 1 when none was required. */
    @JsonProperty
    double recall() {
        return expected == 0 ? 1 : (double) matched / expected;
    }
}
