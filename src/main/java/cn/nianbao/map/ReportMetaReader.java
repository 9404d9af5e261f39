package cn.nianbao.map;

import cn.nianbao.document.Block;
import cn.nianbao.document.Paragraph;
import cn.nianbao.document.SourceDocument;
import cn.nianbao.document.Table;
import cn.nianbao.document.TableCell;
import cn.nianbao.document.TableRow;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads who published a report and for which year: from its title, its contact line, its narrative. */
public final class ReportMetaReader {
    private static final Pattern TITLE = Pattern.compile("(政务|政府)?信息公开(工作)?(年度)?报告|信息公开年报");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern TITLE_NOISE = Pattern.compile("[#*\\s\\u3000]+|关于|(?:19|20)\\d{2}\\s*年度?|的$");
    /** "如对本报告有任何疑问，请与龙嘉街道办事处党政办联系". */
    private static final Pattern CONTACT = Pattern.compile("请?与(\\S{2,40}?)联系");
    private static final Pattern ORGAN = Pattern.compile(
            ".{1,40}?(?:办事处|人民政府办公室|人民政府|办公室|委员会|管委会|局|厅|政府|街道|镇|乡|中心|院)");
    private static final Pattern REGION = Pattern.compile("^(?:[^省市县区]{1,7}省)?(?:[^省市县区]{1,7}市)?(?:[^省市县区]{1,7}[区县])?");
    /** Without a title in the first lines, a later match is narrative quoting the report's name. */
    private static final int TITLE_SEARCH = 12;
    private static final Pattern NARRATIVE_START = Pattern.compile("^\\s*(一[、.．]|[（(]一[）)])");
    private static final Pattern SITE_FURNITURE = Pattern.compile("[>＞»›]|^\\S{1,6}[：:]|首页|当前位置");
    /** "发布机构：广州市天河区卫生健康局", as portals print above the article. */
    private static final Pattern PUBLISHER = Pattern.compile("(?:发布机构|发文机关|发布机关|发布单位)[：:]\\s*(\\S{2,40})");

    public Meta read(SourceDocument document) {
        List<String> paragraphs = document.blocks().stream()
                .filter(b -> b instanceof Paragraph).map(b -> clean(((Paragraph) b).text()))
                .filter(t -> !t.isEmpty()).toList();
        int titleIndex = titleIndex(paragraphs);
        String title = titleIndex >= 0 ? paragraphs.get(titleIndex) : null;
        String organ = organ(paragraphs, titleIndex);
        YearEvidence years = new YearEvidence(title == null ? null : firstYear(title),
                mostFrequentYear(captions(document)), mostFrequentYear(narrative(paragraphs, titleIndex)));
        return new Meta(organ, years, region(organ), title);
    }

    /**
     * @param title the report's title line as found, or null
     */
    public record Meta(String organ, YearEvidence years, String region, String title) {
    }

    /**
     * The title: the last line that names the report before the narrative starts (一、总体情况). Site
     * furniture above it — breadcrumbs (首页 > … > 年报), "名称：…" fields — is passed over.
     */
    private static int titleIndex(List<String> paragraphs) {
        int found = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            boolean pastTitle = found >= 0 ? NARRATIVE_START.matcher(text).find() : i >= TITLE_SEARCH;
            if (pastTitle) {
                break;
            }
            if (text.length() <= 80 && TITLE.matcher(text).find() && !SITE_FURNITURE.matcher(text).find()) {
                found = i;
            }
        }
        return found;
    }

    private static String organ(List<String> paragraphs, int titleIndex) {
        if (titleIndex >= 0) {
            String title = paragraphs.get(titleIndex);
            Matcher m = TITLE.matcher(title);
            if (m.find()) {
                Optional<String> fromTitle = organName(TITLE_NOISE.matcher(title.substring(0, m.start())).replaceAll(""));
                if (fromTitle.isPresent()) {
                    return fromTitle.get();
                }
            }
            if (titleIndex > 0) {
                // A title in two lines: 铜川市耀州区锦阳路街道办事处 / 2020年政府信息公开工作年度报告, or
                // 华龙区人民政府长庆路街道办事处 2020 年政府 / 信息公开工作年度报告.
                String joined = paragraphs.get(titleIndex - 1).replaceAll("[#*\\s\\u3000]+", "")
                        + title.replaceAll("[#*\\s\\u3000]+", "");
                Matcher whole = TITLE.matcher(joined);
                if (whole.find()) {
                    String above = TITLE_NOISE.matcher(joined.substring(0, whole.start())).replaceAll("");
                    if (organName(above).isPresent() && ORGAN.matcher(above).matches()) {
                        return above;
                    }
                }
            }
        }
        for (String paragraph : paragraphs) {
            Matcher publisher = PUBLISHER.matcher(paragraph);
            if (publisher.find() && longestOrgan(publisher.group(1)) != null) {
                return longestOrgan(publisher.group(1));
            }
        }
        for (String paragraph : paragraphs) {
            Matcher contact = CONTACT.matcher(paragraph);
            while (contact.find()) {
                String organ = longestOrgan(contact.group(1));
                if (organ != null) {
                    return organ;
                }
            }
        }
        return null;
    }

    /** A name of two or more characters, not a sentence (a title line above may be anything). */
    private static Optional<String> organName(String text) {
        if (text.length() < 2 || text.length() > 40 || text.matches(".*[，。；：,;].*")) {
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** 龙嘉街道办事处党政办 gives 龙嘉街道办事处: the longest start ending in an organ's suffix. */
    static String longestOrgan(String text) {
        String best = null;
        for (int end = text.length(); end >= 2 && best == null; end--) {
            String candidate = text.substring(0, end);
            if (ORGAN.matcher(candidate).matches()) {
                best = candidate;
            }
        }
        return best;
    }

    private static String region(String organ) {
        if (organ == null) {
            return null;
        }
        Matcher m = REGION.matcher(organ);
        return m.find() && m.end() > 0 ? organ.substring(0, m.end()) : null;
    }

    private static List<String> narrative(List<String> paragraphs, int titleIndex) {
        List<String> out = new ArrayList<>(paragraphs);
        if (titleIndex >= 0) {
            out.remove(titleIndex);
        }
        return out;
    }

    private static List<String> captions(SourceDocument document) {
        List<String> out = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Table t) {
                for (TableRow row : t.rows()) {
                    for (TableCell cell : row.cells()) {
                        out.add(cell.text());
                    }
                }
            }
        }
        return out;
    }

    private static Integer firstYear(String text) {
        Matcher m = YEAR.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The year named most often; on a tie the earlier one (plans for next year come up less). */
    private static Integer mostFrequentYear(List<String> texts) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String text : texts) {
            Matcher m = YEAR.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
            while (m.find()) {
                counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max((a, b) -> a.getValue().equals(b.getValue())
                ? b.getKey().compareTo(a.getKey()) : a.getValue().compareTo(b.getValue()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Drops what converters leave in text (Word bookmarks as "[bookmark: _GoBack]"). */
    private static String clean(String text) {
        return BOOKMARK.matcher(text).replaceAll("").strip();
    }
}
