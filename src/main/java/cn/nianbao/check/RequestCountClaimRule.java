package cn.nianbao.check;

import cn.nianbao.map.FilledForm;
import cn.nianbao.result.Cell;
import cn.nianbao.result.Finding;
import cn.nianbao.result.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative states how many requests came in (收到…申请N件) and the table says otherwise. A clause
 * that names 自然人 (and no other applicant) is compared with the 自然人 column, any other with 总计.
 */
public final class RequestCountClaimRule implements Rule {
    private static final Pattern CLAIM = Pattern.compile(
            "(收到|受理|接到|接收|新收)[^。；]{0,20}?申请[^。；，,]{0,8}?(\\d+|[零〇一二两三四五六七八九十百]+)\\s*(件|个|条|份|次)");
    private static final Pattern OTHER_SUBJECT = Pattern.compile("复议|诉讼|人大|政协|建议|提案|结转|办结|答复");
    /** A clause naming other applicants besides 自然人 states a total. */
    private static final Pattern OTHER_APPLICANTS = Pattern.compile("法人|组织|企业|机构");

    @Override
    public List<Finding> check(FilledForm form, CheckContext context) {
        for (String sentence : Sentences.of(context.paragraphs())) {
            for (String clause : Sentences.clauses(sentence)) {
                Matcher m = CLAIM.matcher(clause);
                if (m.find() && !OTHER_SUBJECT.matcher(clause).find()) {
                    return conflict(form, clause, sentence, ChineseNumber.parse(m.group(2)));
                }
            }
        }
        return List.of();
    }

    /** The first claim decides: later numbers in a narrative are usually breakdowns of it. */
    private static List<Finding> conflict(FilledForm form, String clause, String sentence, long stated) {
        boolean naturalPerson = clause.contains("自然人") && !OTHER_APPLICANTS.matcher(clause).find();
        String key = naturalPerson ? "requests.new_received.natural_person" : NoRequestsClaimRule.NEW_TOTAL;
        Cell cell = form.cell(key);
        if (!cell.hasValue() || cell.getValue().longValue() == stated) {
            return List.of();
        }
        return List.of(new Finding("narrative_conflict", Severity.WARNING, List.of(key),
                "正文称收到申请 " + stated + " 件（“" + clause + "”），但表三" + (naturalPerson ? "自然人" : "总计")
                        + "为 " + cell.getValue().toPlainString() + "。", sentence));
    }
}
