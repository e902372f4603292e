package paiban.text;

/** How lines sit in their measure. Body text is JUSTIFY: every line but a paragraph's last is flush on both sides. */
public enum Alignment {
    JUSTIFY, LEFT, CENTER, RIGHT
}
