package paiban.spec;

import java.util.Arrays;

/**
 * A box style the layout names ({@code furniture: boxes: NAME: {frame: …, tint: …}}): the frame drawn round a boxed
 * article and the K tint under it (0 for none, 底纹 10–20 %). Frames are vector marks; no ornament font is needed.
 */
public record BoxStyle(String name, Frame frame, float tint) {

    /** The kinds of frame. */
    public enum Frame {
        /** No frame: a tint alone (底纹). */
        NONE("none"),
        /** One thin rule (细线). */
        THIN("thin"),
        /** A thick rule outside a thin one (文武线). */
        THICK_THIN("thick-thin"),
        /** 花边: a row of small squares between two thin rules. */
        ORNAMENT("ornament");

        private final String key;

        Frame(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Frame ofKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().orElse(null);
        }

        public static String keys() {
            return String.join(", ", Arrays.stream(values()).map(Frame::key).toList());
        }
    }

    public BoxStyle {
        if (tint < 0 || tint > 1) {
            throw new IllegalArgumentException("a box tint lies between 0 and 100 %: " + tint);
        }
    }
}
