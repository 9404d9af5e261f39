package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Finding;
import java.util.ArrayList;
import java.util.List;

/** Infers what the identities force, runs every rule, and offers repairs where OCR may have misread. */
public final class Checker {
    private final FlattenedRowResolver flattened = new FlattenedRowResolver();
    private final IdentitySolver solver = new IdentitySolver();
    private final RepairSuggester repairs = new RepairSuggester();
    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Every rule of the spec that needs no other report (carry_over_chain needs the neighbouring years').
     *
     * @param ocrThreshold OCR confidence below which a cell is flagged (models/ocr.properties)
     */
    public static Checker standard(double ocrThreshold) {
        return new Checker(List.of(new IdentityRule(), new NotANumberRule(), new NegativeRule(), new MissingRule(),
                new PlaceholderRule(), new VersionMismatchRule(), new NoRequestsClaimRule(),
                new RequestCountClaimRule(), new YearConsistencyRule(), new OcrLowConfidenceRule(ocrThreshold),
                new FlattenedRowRule(), new LlmMappedRule()));
    }

    public List<Finding> check(FilledForm form, CheckContext context) {
        flattened.resolve(form);
        solver.solve(form);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(form, context));
        }
        return repairs.suggest(form, findings);
    }
}
