package cn.nianbao.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what belongs to the site rather than to the report: scripts and styles, hidden elements, form
 * controls, and navigation, menus, breadcrumbs, headers and footers (by tag, ARIA role, or id/class).
 */
final class PageChrome {

    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, map, input, select, button, textarea, [hidden], [style~=(?i)display\\s*:\\s*none]";
    private static final String CHROME_TAGS = "nav, header, footer, aside, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=menu], [role=menubar]";
    /** Navigation words as parts of a class or id: main-nav, nav_list, breadcrumb, site-footer, dqwz (当前位置). */
    private static final Pattern NAV_PART = Pattern.compile("(?:^|[-_])(?:nav|navbar|navigation|menu|menus|submenu"
            + "|breadcrumbs?|crumbs?|footer|sidebar|sidenav|topbar|copyright|share|sitemap|skip|dqwz|position"
            + "|location)(?:[-_]|$)");
    /** The same words glued to a prefix or suffix: mainnav, topmenu, navList, menuBox. */
    private static final Pattern NAV_GLUED = Pattern.compile("(?:main|top|sub|left|right|site|global)?(?:nav|menu)"
            + "(?:bar|list|box|wrap|wrapper|con|nav)?\\d*");
    private static final Set<String> CHROME_NAMES = Set.of("header", "footer", "foot", "bottom", "top-bar");
    /** Whatever holds at least this share of the page's text is the content, whatever its class says. */
    private static final double CONTENT_SHARE = 0.5;

    private PageChrome() {
    }

    static void remove(Element body) {
        body.select(NEVER_CONTENT).remove();
        int pageText = body.text().length();
        for (Element candidate : chromeCandidates(body)) {
            if (candidate != body && isChrome(candidate) && !holdsTheContent(candidate, pageText)) {
                candidate.remove();
            }
        }
    }

    private static List<Element> chromeCandidates(Element body) {
        return body.select(CHROME_TAGS + ", [id], [class]");
    }

    private static boolean isChrome(Element element) {
        String tag = element.normalName();
        if (tag.equals("header") || tag.equals("footer")) {
            // An article's own header holds its title; only the page's header and footer are chrome.
            return element.closest("article, main, section") == null;
        }
        if (element.is(CHROME_TAGS)) {
            return true;
        }
        if (looksNavigational(element.id())) {
            return true;
        }
        return element.classNames().stream().anyMatch(PageChrome::looksNavigational);
    }

    static boolean looksNavigational(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.isEmpty() && (CHROME_NAMES.contains(lower) || NAV_PART.matcher(lower).find()
                || NAV_GLUED.matcher(lower).matches());
    }

    private static boolean holdsTheContent(Element element, int pageText) {
        return pageText > 0 && element.text().length() >= pageText * CONTENT_SHARE;
    }
}
