package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Finding;
import java.util.ArrayList;
import java.util.List;

/** Infers what the identities force, then runs every rule. */
public final class Checker {
    private final IdentitySolver solver = new IdentitySolver();
    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the spec that need no other report (carry_over_chain) and no OCR (ocr_low_confidence). */
    public static Checker standard() {
        return new Checker(List.of(new IdentityRule(), new NotANumberRule(), new NegativeRule(), new MissingRule(),
                new PlaceholderRule(), new VersionMismatchRule(), new NoRequestsClaimRule(),
                new RequestCountClaimRule(), new YearConsistencyRule()));
    }

    public List<Finding> check(FilledForm form, CheckContext context) {
        solver.solve(form);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(form, context));
        }
        return findings;
    }
}
