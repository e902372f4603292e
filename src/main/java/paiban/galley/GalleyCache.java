package paiban.galley;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import paiban.font.FontLibrary;
import paiban.spec.LayoutSpec;
import paiban.text.Line;
import paiban.text.Typesetter;

/**
 * Set paragraphs (body paragraphs, headline and caption lines) by what they were set from ({@link Setting}), kept
 * for the length of a run and, in a warm process ({@code --watch}), from one run to the next: editing one paragraph
 * then sets that paragraph again and nothing else. The style books are kept with them, one per layout (by value)
 * and font library, so that a paragraph of an unchanged layout meets the same faces and is found again; a changed
 * layout, style or font library gets new faces or sizes, so nothing set for the old one is ever returned.
 *
 * <p>Bounded: a run is framed by {@link #beginRun} and {@link #endRun}; what the run did not ask for (text no longer
 * in the issue, a layout no longer used) is dropped at its end, so the cache holds at most one issue's paragraphs
 * (two when the last run failed part way).
 *
 * <p>Safe for several threads: each paragraph is set once, by whichever thread asks first; the others wait for its
 * lines. A paragraph whose setting failed is not kept.
 */
public final class GalleyCache {

    /** Lines being set or set, and the last run that asked for them. */
    private static final class Entry {
        final CompletableFuture<List<Line>> lines = new CompletableFuture<>();
        final AtomicInteger run;

        Entry(int run) {
            this.run = new AtomicInteger(run);
        }
    }

    private final Typesetter typesetter = new Typesetter();
    private final ConcurrentMap<Setting, Entry> paragraphs = new ConcurrentHashMap<>();
    private final Map<LayoutSpec, StyleBook> styles = new HashMap<>();
    private final Map<LayoutSpec, Integer> stylesUsed = new HashMap<>();
    private FontLibrary fonts;
    private volatile int run;
    private final AtomicInteger set = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private volatile Statistics last = new Statistics(0, 0, 0);

    /**
     * What one run did with the cache: paragraphs it set, paragraphs it found set by an earlier run, and paragraphs
     * dropped at its end (asked for by an earlier run but not by this one).
     */
    public record Statistics(int set, int reused, int dropped) {
    }

    /** Starts a run: what it asks for is kept at its end. */
    public synchronized void beginRun() {
        run++;
        set.set(0);
        reused.set(0);
    }

    /**
     * Ends a run. A run that completed asked for everything its issue holds: what it did not ask for is dropped. A
     * run that failed part way (a pin that cannot hold, a damaged photo) may not have reached every article, so what
     * the run before it asked for is kept too, and the next run finds the articles the failure cut off set.
     */
    public synchronized void endRun(boolean completed) {
        int before = paragraphs.size();
        int oldest = completed ? run : run - 1;
        paragraphs.values().removeIf(e -> e.run.get() < oldest);
        styles.keySet().removeIf(spec -> stylesUsed.getOrDefault(spec, Integer.MIN_VALUE) < oldest);
        stylesUsed.keySet().retainAll(styles.keySet());
        last = new Statistics(set.get(), reused.get(), before - paragraphs.size());
    }

    /** Ends a run that completed: drops what it did not ask for. */
    public void endRun() {
        endRun(true);
    }

    /** The statistics of the last run that ended. */
    public Statistics lastRun() {
        return last;
    }

    /** Paragraphs kept now. */
    public int size() {
        return paragraphs.size();
    }

    /**
     * The layout's styles resolved to the library's faces: the same book as the last run's when the layout is equal
     * and the library the same; anything kept for another library is dropped.
     */
    public synchronized StyleBook styles(LayoutSpec spec, FontLibrary library) {
        if (library != fonts) {
            fonts = library;
            styles.clear();
            paragraphs.clear();
        }
        StyleBook book = styles.get(spec);
        if (book == null) {
            book = new StyleBook(spec, library);
            styles.put(spec, book);
        }
        stylesUsed.put(spec, run);
        return book;
    }

    /** The paragraph's lines: set now if no thread has taken it, else as set (or being set) by the one that did. */
    List<Line> lines(Setting key) {
        List<Line> mine = setUnlessTaken(key);
        if (mine != null) {
            return mine;
        }
        Entry e = paragraphs.get(key);
        if (e == null) {
            // dropped since: the thread that took it failed (set it here, meeting the same failure), or a run ended
            return key.set(typesetter);
        }
        try {
            return e.lines.join();
        } catch (CompletionException failed) {
            // Another thread set this paragraph and failed: fail here as if this thread had set it.
            if (failed.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (failed.getCause() instanceof Error err) {
                throw err;
            }
            throw failed;
        }
    }

    /** Sets the paragraph if no thread has taken it yet and returns its lines; null if it is taken or kept. */
    List<Line> setUnlessTaken(Setting key) {
        int now = run;
        Entry kept = paragraphs.get(key);
        if (kept == null) {
            Entry mine = new Entry(now);
            kept = paragraphs.putIfAbsent(key, mine);
            if (kept == null) {
                return setInto(key, mine);
            }
        }
        if (kept.run.getAndSet(now) != now) {
            reused.incrementAndGet(); // first asked in this run: kept from an earlier one
        }
        return null;
    }

    private List<Line> setInto(Setting key, Entry mine) {
        set.incrementAndGet();
        try {
            List<Line> lines = key.set(typesetter);
            mine.lines.complete(lines);
            return lines;
        } catch (RuntimeException | Error e) {
            paragraphs.remove(key, mine);
            mine.lines.completeExceptionally(e);
            throw e;
        }
    }
}
