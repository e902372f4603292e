package paiban.flow;

/**
 * A 下转 line a page owes: module {@code module} placed {@code placed} lines, the last of which gives way to the
 * jump line, and {@code rest} goes on. The line's page number is known only once {@code rest} has landed.
 */
public record JumpOwed(int module, int placed, Piece rest) {
}
