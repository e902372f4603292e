package paiban.parse;

import java.util.Map;
import paiban.message.Message;

/**
 * Which page attributes a page prints. Only the front page (第1版) has a masthead, where a section banner stands
 * beside the paper's name (every page prints its credits, 责任编辑 …). An attribute a page will not print is a warning
 * naming its line, so nothing the writer typed disappears without a word.
 */
final class PageAttributeUse {

    private PageAttributeUse() {
    }

    /** Why {@code key} is not printed on page {@code page}, or null when it is. */
    static Message unprinted(String key, int page, Map<String, String> attributes) {
        boolean front = page == 1;
        return switch (key) {
            case "section" -> front ? null : notFront(page);
            case "section-suffix", "guide", "banner" -> !front ? notFront(page)
                    : attributes.containsKey("section") ? null
                    : Message.of("issue.unprinted.no-section");
            default -> null;
        };
    }

    private static Message notFront(int page) {
        return Message.of("issue.unprinted.not-front", page);
    }
}
