package paiban.text;

import java.util.List;

/**
 * A paragraph ready to be broken into lines: its boxes, the joints between them ({@code joints.get(k)} lies
 * between box k and box k+1), and the whitespace stripped before the first box and after the last (kept so that
 * every source character stays in the galley).
 */
record HorizontalList(String text, List<Box> boxes, List<Joint> joints, List<Space> leading, List<Space> trailing) {

    boolean isEmpty() {
        return boxes.isEmpty();
    }

    int size() {
        return boxes.size();
    }

    /** The em used to weigh adjustments: the size of the first box (body text is one size). */
    float bodyEm() {
        return boxes.isEmpty() ? 1f : boxes.get(0).em();
    }
}
