package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Cell;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** The narrative says no request came in (未收到…申请) while the table counts new requests. */
public final class NoRequestsClaimRule implements Rule {
    static final String NEW_TOTAL = "requests.new_received.total";
    private static final Pattern CLAIM = Pattern.compile("(未|没有|无)(收到|受理|接到|接收|新收)[^。；，,]{0,12}?申请");
    /** Clauses about appeals or deputies' proposals use the same words for something else. */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("复议|诉讼|人大|政协|建议|提案|结转");

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        Cell total = form.cell(NEW_TOTAL);
        if (!total.hasValue() || total.getValue().signum() <= 0) {
            return List.of();
        }
        for (String sentence : Sentences.of(context.paragraphs())) {
            for (String clause : Sentences.clauses(sentence)) {
                if (CLAIM.matcher(clause).find() && !OTHER_SUBJECT.matcher(clause).find()) {
                    return List.of(new Finding("narrative_conflict", Severity.WARNING, List.of(NEW_TOTAL),
                            "正文称“" + clause + "”，但表三“本年新收政府信息公开申请数量”总计为 "
                                    + total.getValue().toPlainString() + "。", sentence));
                }
            }
        }
        return List.of();
    }
}
