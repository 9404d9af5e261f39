package cn.nianbao.form;

/** What a cell holds: a count (non-negative integer), a signed count (本年增/减) or an amount in 万元. */
public enum ValueKind {
    COUNT, SIGNED, AMOUNT;

    static ValueKind parse(String name) {
        return name == null ? COUNT : valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
