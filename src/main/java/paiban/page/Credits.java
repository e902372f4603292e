package paiban.page;

import paiban.model.IssueInfo;
import paiban.model.PageInfo;

/**
 * A page's credits line: 责任编辑, 美术编辑 and 校对 with their names, each label with the paper's colon (see
 * {@link IssueInfo#label(String)}). Every page prints its own: an inside page in its running head, the front page in
 * its header band.
 */
final class Credits {
    private Credits() {
    }

    /** The credits the page names, two spaces apart; empty when it names none. */
    static String of(PageInfo p, IssueInfo info) {
        StringBuilder sb = new StringBuilder();
        append(sb, info.label("责任编辑"), p.editor());
        append(sb, info.label("美术编辑"), p.designer());
        append(sb, info.label("校对"), p.proofreader());
        return sb.toString();
    }

    private static void append(StringBuilder sb, String label, String value) {
        if (value != null) {
            sb.append(sb.length() > 0 ? "  " : "").append(label).append(value);
        }
    }
}
