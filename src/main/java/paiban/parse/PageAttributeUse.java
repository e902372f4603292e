package paiban.parse;

import java.util.Map;

/**
 * Which page attributes a page prints. Only the front page (第1版) has a masthead, where a section banner stands
 * beside the paper's name (every page prints its credits, 责任编辑 …). An attribute a page will not print is a warning
 * naming its line, so nothing the writer typed disappears without a word.
 */
final class PageAttributeUse {

    private PageAttributeUse() {
    }

    /** Why {@code key} is not printed on page {@code page}, or null when it is. */
    static String unprinted(String key, int page, Map<String, String> attributes) {
        boolean front = page == 1;
        return switch (key) {
            case "section" -> front ? null : notFront(page);
            case "section-suffix", "guide", "banner" -> !front ? notFront(page)
                    : attributes.containsKey("section") ? null
                    : "it stands in the section banner beside a 'section' name, and this page has no 'section' line";
            default -> null;
        };
    }

    private static String notFront(int page) {
        return "only the front page (第1版) has a masthead to carry a section banner; page 第" + page
                + "版 has a running head instead";
    }
}
