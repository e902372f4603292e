package paiban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import paiban.message.Language;
import paiban.message.Message;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import paiban.job.Home;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Photo;
import paiban.parse.IssueParser;

/**
 * {@code layout … --watch}: lays the issue out, then again every time the issue file or a file it uses (a photo, the
 * layout file) is saved, in the same warm JVM, printing how long each run took. A run that fails prints its message
 * as usual and the watch goes on; Ctrl-C (or interrupting the thread) ends it.
 *
 * <p>The folders of the files are watched (editors often save by writing a new file and renaming it over the old
 * one, which a watch on the file itself would lose). Saves come in bursts of events; a run starts once no event has
 * come for {@link #DEBOUNCE_MS} ms.
 */
final class Watch {

    static final long DEBOUNCE_MS = 100;

    /** One layout run: returns the command's exit code and prints its own messages. */
    interface Run {
        int run();
    }

    private final Run run;
    private final Supplier<Set<Path>> files;
    private final PrintWriter err;
    private final Language language;

    /**
     * @param files the files the last run depended on, asked again after every run (a photo may have been added);
     *              relative paths are taken from the working directory
     */
    Watch(Run run, Supplier<Set<Path>> files, PrintWriter err) {
        this(run, files, err, Language.EN);
    }

    Watch(Run run, Supplier<Set<Path>> files, PrintWriter err, Language language) {
        this.language = language;
        this.run = run;
        this.files = files;
        this.err = err;
    }

    /** Runs until the thread is interrupted; returns the exit code of the last run. */
    int watch() throws IOException {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> folders = new HashMap<>();
            long start = System.nanoTime();
            int code = runOnce();
            Set<Path> watched = register(service, folders);
            report(start, code);
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key;
                try {
                    key = service.poll(250, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    break;
                }
                if (key == null || !touches(key, folders, watched)) {
                    continue;
                }
                if (!quiet(service, folders)) {
                    break;
                }
                start = System.nanoTime();
                code = runOnce();
                watched = register(service, folders);
                report(start, code);
            }
            err.println(Message.of("watch.stopped").render(language));
            return code;
        } catch (ClosedWatchServiceException e) {
            return 0;
        }
    }

    /**
     * The files a run of the issue depends on: the issue file, the photos it names and the layout file (named by
     * --layout or the issue's layout field, as a path or as a name in layouts/). An issue that does not parse yet
     * (it is being edited) is still watched.
     */
    static Set<Path> filesOf(Path issueFile, String layoutOption) {
        Set<Path> out = new LinkedHashSet<>();
        out.add(issueFile);
        String layout = layoutOption;
        try {
            Issue issue = new IssueParser().parse(issueFile);
            Path base = issueFile.toAbsolutePath().getParent();
            for (Page page : issue.pages()) {
                for (Article a : page.articles()) {
                    for (Block b : a.body()) {
                        if (b instanceof Photo p) {
                            out.add(base.resolve(p.path()));
                        }
                    }
                }
            }
            if (layout == null) {
                layout = issue.info().layout();
            }
        } catch (IOException | RuntimeException e) {
            // the run reports it
        }
        String name = layout == null ? "broadsheet" : layout;
        for (Path candidate : new Path[] {Path.of(name), Path.of("layouts", name + ".yaml"),
            Home.locate().resolve("layouts").resolve(name + ".yaml")}) {
            if (Files.isRegularFile(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    private int runOnce() {
        try {
            return run.run();
        } catch (RuntimeException e) {
            return Failure.report("layout", e, err, false, language);
        }
    }

    /** Printed once the files are watched again, so a save after this line is never missed. */
    private void report(long start, int code) {
        err.println(Message.of("watch.done", String.format(Locale.ROOT, "%.0f", (System.nanoTime() - start) / 1e6), code)
                .render(language));
        err.flush();
    }

    /** Watches the folders of the current files; returns the files, absolute. */
    private Set<Path> register(WatchService service, Map<WatchKey, Path> folders) {
        Set<Path> absolute = new LinkedHashSet<>();
        for (Path f : files.get()) {
            Path file = f.toAbsolutePath().normalize();
            absolute.add(file);
            Path folder = file.getParent();
            if (folder == null || folders.containsValue(folder) || !Files.isDirectory(folder)) {
                continue;
            }
            try {
                folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY), folder);
            } catch (IOException e) {
                err.println(Message.of("watch.cannot", folder, e.getMessage()).render(language));
            }
        }
        return absolute;
    }

    /** Consumes the key's events; true when one of them is about a watched file. */
    private static boolean touches(WatchKey key, Map<WatchKey, Path> folders, Set<Path> watched) {
        Path folder = folders.get(key);
        boolean hit = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                hit = true; // events were lost: assume the worst
            } else if (folder != null && event.context() instanceof Path name) {
                hit |= watched.contains(folder.resolve(name));
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return hit;
    }

    /** Waits until no event has come for the debounce time, draining what comes; false when interrupted. */
    private static boolean quiet(WatchService service, Map<WatchKey, Path> folders) {
        try {
            WatchKey more;
            while ((more = service.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) {
                more.pollEvents();
                if (!more.reset()) {
                    folders.remove(more);
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
