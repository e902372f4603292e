package paiban.galley;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Paragraph;
import paiban.text.StyledText;

/**
 * A paragraph's runs cut at its kept line breaks ({@link Paragraph#HARD_BREAK}). Each piece is set as a paragraph of
 * its own, so the line before a break ends short and unstretched, and the text after it starts a new line; only the
 * first piece takes the paragraph's indent (a poem's or a list's lines stand flush left under its first line).
 */
final class KeptLines {
    private KeptLines() {
    }

    /** The runs of each piece, in order; one piece when the paragraph keeps no break; empty pieces left out. */
    static List<List<StyledText>> pieces(List<StyledText> runs) {
        List<List<StyledText>> out = new ArrayList<>();
        List<StyledText> piece = new ArrayList<>();
        for (StyledText run : runs) {
            String text = run.text();
            int from = 0;
            for (int at = text.indexOf(Paragraph.HARD_BREAK); at >= 0; at = text.indexOf(Paragraph.HARD_BREAK, from)) {
                addRun(piece, text.substring(from, at), run);
                close(out, piece);
                piece = new ArrayList<>();
                from = at + 1;
            }
            addRun(piece, text.substring(from), run);
        }
        close(out, piece);
        return out;
    }

    private static void addRun(List<StyledText> piece, String text, StyledText like) {
        if (!text.isEmpty()) {
            piece.add(new StyledText(text, like.style()));
        }
    }

    private static void close(List<List<StyledText>> out, List<StyledText> piece) {
        if (!piece.isEmpty()) {
            out.add(List.copyOf(piece));
        }
    }
}
