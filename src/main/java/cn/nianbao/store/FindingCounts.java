package cn.nianbao.store;

import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.Collection;

/** A report's findings by severity. */
public record FindingCounts(int errors, int warnings, int notes) {

    public static FindingCounts of(Collection<Finding> findings) {
        return new FindingCounts(count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                count(findings, Severity.INFO));
    }

    public int total() {
        return errors + warnings + notes;
    }

    private static int count(Collection<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
