package paiban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import paiban.UserError;
import paiban.font.FontFileCache;
import paiban.font.FontLibrary;
import paiban.galley.GalleyCache;
import paiban.importer.ImportedIssue;
import paiban.importer.RawIssueImporter;
import paiban.job.Home;
import paiban.job.LayoutJob;
import paiban.job.LayoutReport;
import paiban.flow.Overset;
import paiban.job.ReportJson;
import paiban.message.Language;
import paiban.message.Message;
import paiban.message.Warning;
import paiban.page.PageDrawing;
import paiban.model.Issue;
import paiban.parse.IssueFormatException;
import paiban.parse.IssueParser;
import paiban.render.AtomicFile;
import paiban.render.PreviewRenderer;
import paiban.spec.LayoutException;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code layout ISSUE -o OUT.pdf}: the command a production desk runs. It owns files, messages and exit codes;
 * nothing below it prints.
 */
@Command(name = "layout", mixinStandardHelpOptions = true, version = "paiban 0.1.0",
        subcommands = ImportCommand.class,
        description = "Lays out a Chinese newspaper issue file into print-ready PDF pages.%n"
                + "将报纸稿件文件排成可付印的PDF版面。",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the PDF was written", "1:a layout problem: text did not fit (overset), or with --strict a character no font covers",
            "2:bad input or usage: the message names the file, line and text",
            "3:an internal error (a bug): reported in one line; --debug adds the stack trace"})
public final class LayoutCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int LAYOUT_PROBLEM = 1;
    static final int BAD_INPUT = Failure.BAD_INPUT;
    static final int INTERNAL_ERROR = Failure.INTERNAL_ERROR;

    @Parameters(index = "0", paramLabel = "ISSUE", description = "the issue file (format v1; UTF-8, or UTF-16 with BOM, "
            + "or GB18030); - reads it from standard input")
    Path issueFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "the PDF to write: OUT.pdf (all selected pages in one file), page%%d.pdf (one file per page, "
                    + "%%d is the page number, %%02d pads it to two digits) or DIR/ (DIR/page1.pdf …); - writes the "
                    + "PDF to standard output")
    String output;

    @Option(names = "--pages", paramLabel = "LIST", description = "pages to write, e.g. 1,3-4 (default: all)")
    String pages;

    @Option(names = "--combined", paramLabel = "PROOF.pdf", description = "also write all selected pages in one PDF")
    Path combined;

    @Option(names = "--report", paramLabel = "REPORT.json",
            description = "write the composition report: modules, legs, photo crops, jumps, overset, warnings")
    Path reportFile;

    @Option(names = "--layout", paramLabel = "NAME|FILE",
            description = "page layout: a name from layouts/ (broadsheet, tabloid) or a YAML file; "
                    + "default: the issue's layout field, else broadsheet")
    String layout;

    @Option(names = "--preview", paramLabel = "OUT.png", description = "also render page 1 to a PNG")
    Path preview;

    @Option(names = "--preview-dpi", paramLabel = "DPI", defaultValue = "40", description = "resolution of the preview (default ${DEFAULT-VALUE})")
    float previewDpi;

    @Option(names = "--marks", description = "add crop marks, registration marks and a slug line outside the bleed (the MediaBox grows; TrimBox and BleedBox stay)")
    boolean marks;

    @Option(names = "--timestamp", description = "date the PDF now instead of on the issue date (the output then differs run to run)")
    boolean timestamp;

    @Option(names = "--allow-overset", description = "write the PDF even when text did not fit (it is still reported)")
    boolean allowOverset;

    @Option(names = "--strict", description = "treat characters no font covers and place pins the page cannot hold as a layout problem (exit 1, nothing written)")
    boolean strict;

    @Option(names = "--watch", description = "lay out again whenever the issue file, a photo or the layout file is "
            + "saved, in the same warm process; Ctrl-C ends")
    boolean watch;

    @Option(names = "--debug", description = "on an internal error, print the stack trace (for a bug report)")
    boolean debug;

    @Option(names = RunLanguage.OPTION, paramLabel = "zh|en", description = "the language of messages: zh (中文) or en;"
            + " default: the locale's (LC_ALL, LC_MESSAGES, LANG)")
    String lang;

    /** The language the run speaks ({@link RunLanguage}). */
    private Language language = Language.EN;

    /** Kept between the runs of --watch, with the fonts it has opened and parsed. */
    private FontLibrary fontLibrary;
    /** Kept between the runs of --watch: what was set and did not change is not set again. */
    private final GalleyCache galleys = new GalleyCache();
    /** Kept between the runs of --watch: a font subset that did not change is not compressed again. */
    private final FontFileCache fontFiles = new FontFileCache();

    private PrintWriter err;

    private StandardStreams std = StandardStreams.system();

    /** The issue's decoded lines, to name the line of a page's layout attribute. */
    private List<String> issueLines = List.of();

    public static void main(String[] args) {
        paiban.job.Trace.cpuSoFar("main entered");
        Map<String, String> env = System.getenv();
        int code = run(args, env, StandardStreams.system(), new PrintWriter(System.out, true),
                RunLanguage.standardError(env));
        paiban.job.Trace.cpuSoFar("done");
        System.exit(code);
    }

    /**
     * Runs the command as the shell would, returning the exit code (tests call this). Messages are in English unless
     * {@code --lang zh} is given: the tests' own locale does not matter.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, Map.of(), out, err);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, in the language {@code env}'s locale asks for. */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(args, env, StandardStreams.system(), out, err);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the byte streams {@code -} reads and writes. */
    static int run(String[] args, StandardStreams std, PrintWriter out, PrintWriter err) {
        return run(args, Map.of(), std, out, err);
    }

    static int run(String[] args, Map<String, String> env, StandardStreams std, PrintWriter out, PrintWriter err) {
        paiban.render.LibraryLogs.silence(); // PDFBox/fontbox warnings would land on stderr among ours
        Language language = RunLanguage.of(args, env);
        if (args.length > 0 && args[0].equals("import")) {
            // its own command line: the main command's required ISSUE and -o would otherwise be asked for
            return ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), std, out, err, language);
        }
        CommandLine cl = new CommandLine(new LayoutCommand());
        cl.setOut(out);
        cl.setErr(err);
        LayoutCommand command = (LayoutCommand) cl.getCommand();
        cl.setExecutionExceptionHandler((e, c, parsed) -> Failure.report("layout", e, err, command.debug, language));
        cl.setParameterExceptionHandler((ex, a) -> {
            // an issue file that is not there is the first thing to fix, even with options missing
            Message unreadable = command.issueFile == null ? null : IssueInput.refusal(command.issueFile);
            if (unreadable != null) {
                err.println(Message.at("layout", unreadable).render(language));
            }
            err.println(Message.at("layout", RunLanguage.usageError(ex)).render(language));
            err.println(Message.of("cli.try-help", "layout").render(language));
            return BAD_INPUT;
        });
        command.err = err;
        command.std = std;
        command.language = language;
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        if (lang != null && Language.ofTag(lang) == null) {
            return fail(Message.of("cli.lang-bad", lang));
        }
        if (!watch) {
            return layOut();
        }
        if (IssueInput.isStdin(issueFile)) {
            return fail(Message.of("cli.watch-stdin"));
        }
        try {
            return new Watch(this::layOut, () -> Watch.filesOf(issueFile, layout), err, language).watch();
        } catch (IOException e) {
            return fail(Message.at("--watch", Failure.describe(e)));
        }
    }

    private int layOut() {
        try {
            return layOutOnce();
        } catch (OutOfMemoryError e) {
            return fail(Message.at(IssueInput.name(issueFile), Message.of("cli.out-of-memory", e.getMessage())));
        } catch (Exception | StackOverflowError e) {
            return Failure.report("layout", e, err, debug, language);
        }
    }

    private int layOutOnce() throws IOException {
        Message refused = refusal();
        if (refused != null) {
            return fail(refused);
        }
        PageSelection selection = pages == null ? PageSelection.all() : PageSelection.parse(pages);
        OutputTargets targets = OutputTargets.of(output);
        Issue issue;
        try (paiban.job.Trace t = paiban.job.Trace.span("parse issue")) {
            issue = readIssue();
        }
        List<Warning> printed = new ArrayList<>(); // every warning so far, for the report
        for (Warning notice : issue.notices()) {
            warn(notice, printed);
        }
        Path home = Home.locate();
        List<Path> searchFolders = Home.layoutFolders(home);
        LayoutSpec spec = layoutOf(issue, searchFolders);
        RunOutputs outputs = checkOutputs(targets, selection, issue, RunInputs.of(issueFile,
                RunInputs.layoutFiles(layoutName(issue), searchFolders), issue, spec));
        try {
            return layOut(issue, spec, outputs, selection, home, searchFolders, printed);
        } catch (UserError e) {
            // a mistake found once the issue was read: the report still says what is known, and the error
            writeReport(outputs, () -> ReportJson.failed(issue, printed, e));
            throw e;
        }
    }

    /** The layout itself, once the issue is read and every output checked. */
    private int layOut(Issue issue, LayoutSpec spec, RunOutputs outputs, PageSelection selection, Path home,
            List<Path> searchFolders, List<Warning> printed) throws IOException {
        for (Warning w : PageLayouts.check(issue, issueLines, spec, n -> LayoutLoader.resolve(n, searchFolders))) {
            warn(w, printed);
        }
        if (fontLibrary == null) {
            fontLibrary = FontLibrary.standard(home.resolve("fonts"));
        }
        LayoutJob job = new LayoutJob(spec, fontLibrary, fontFiles::embed)
                .marks(marks)
                .galleys(galleys)
                .timestamp(timestamp ? RunDate.timestamp(System.getenv(RunDate.VARIABLE)) : null);
        LayoutReport report = job.run(issue);
        if (!tell(report)) {
            writeReport(outputs, () -> ReportJson.write(report, spec, printed)); // no PDF, but the report
            return LAYOUT_PROBLEM;
        }
        List<PageDrawing> chosen = report.drawings().stream().filter(d -> selection.includes(d.number())).toList();
        writeOutputs(outputs, job, report, chosen, spec, printed);
        return report.overset().isEmpty() ? OK : LAYOUT_PROBLEM;
    }

    private void warn(Warning warning, List<Warning> printed) {
        say("cli.warning", warning.render(language));
        printed.add(warning);
    }

    /** One line on stderr, in the run's language. */
    private void say(String key, Object... args) {
        err.println(Message.of(key, args).render(language));
    }

    /**
     * Writes the report of a run that writes no PDF. A failure to write it is told, and does not hide why the run
     * stopped.
     */
    private void writeReport(RunOutputs outputs, java.util.function.Supplier<String> json) {
        if (outputs.report == null) {
            return;
        }
        try {
            new OutputWriter(std.out(), err, language).write(outputs.report,
                    json.get().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(Message.at("layout", Failure.describe(e)).render(language));
        }
    }

    /**
     * Why the run cannot start — the issue file is not a readable file, an output cannot be written, an option is
     * out of range — or null when it can. Checked before any work, so a failed run never leaves half its files.
     */
    private Message refusal() {
        Message refused = IssueInput.refusal(issueFile);
        if (refused == null && (previewDpi < 1 || previewDpi > 600)) {
            refused = Message.of("cli.preview-dpi", previewDpi);
        }
        return refused;
    }

    /** The layout named by --layout, else by the issue's front matter, else the broadsheet. */
    private LayoutSpec layoutOf(Issue issue, List<Path> searchFolders) {
        String name = layoutName(issue);
        try (paiban.job.Trace t = paiban.job.Trace.span("load layout")) {
            return LayoutLoader.resolve(name, searchFolders);
        } catch (LayoutException e) {
            if (layout == null && issue.info().layout() != null) {
                throw LayoutException.at(IssueInput.name(issueFile), "cli.front-matter-layout", issue.info().layout(), e.message());
            }
            throw e;
        }
    }

    private String layoutName(Issue issue) {
        return Home.layoutName(layout, issue);
    }

    /**
     * Plans and checks every output path before any work: distinct from the inputs and from each other, regular
     * files or absent, in folders that can be written.
     */
    private RunOutputs checkOutputs(OutputTargets targets, PageSelection selection, Issue issue,
            List<paiban.cli.OutputPaths.Input> inputs) throws IOException {
        List<Integer> numbers = issue.pages().stream().map(paiban.model.Page::number).filter(selection::includes)
                .toList();
        if (numbers.isEmpty()) {
            throw new paiban.UserError(Message.of("cli.pages-none", pages, issue.pages().size()));
        }
        RunOutputs outputs = new RunOutputs(targets, numbers, combined, reportFile, preview);
        Message refused = outputs.paths.refusal(inputs);
        if (refused != null) {
            throw new paiban.UserError(refused);
        }
        return outputs;
    }

    /** Writes the PDFs, the proof, the report and the preview to the targets checked before the run. */
    private void writeOutputs(RunOutputs outputs, LayoutJob job, LayoutReport report, List<PageDrawing> chosen,
            LayoutSpec spec, List<Warning> printed) throws IOException {
        OutputWriter writer = new OutputWriter(std.out(), err, language);
        outputs.paths.makeFolders();
        byte[] first = null;
        if (outputs.single == null) {
            for (PageDrawing d : chosen) {
                byte[] pdf = job.pdf(report, List.of(d));
                first = first == null ? pdf : first;
                writer.write(outputs.pages.get(d.number()), pdf);
            }
        } else {
            first = job.pdf(report, chosen);
            writer.write(outputs.single, first);
        }
        if (outputs.combined != null) {
            writer.write(outputs.combined, job.pdf(report, chosen));
        }
        if (outputs.report != null) {
            writer.write(outputs.report, ReportJson.write(report, spec, printed).getBytes(StandardCharsets.UTF_8));
        }
        if (outputs.preview != null) {
            byte[] pdf = first;
            writer.write(outputs.preview, out -> PreviewRenderer.png(pdf, 0, previewDpi, out),
                    Message.of("output.wrote", outputs.preview.path()));
        }
    }

    /**
     * Prints the run's warnings, page summaries, uncovered characters and overset; false when that is a layout
     * problem that keeps the PDF from being written (overset without --allow-overset, uncovered under --strict).
     */
    private boolean tell(LayoutReport report) {
        for (Warning w : report.warnings()) {
            say("cli.warning", w.render(language));
        }
        for (Message s : report.summary()) {
            err.println(s.render(language));
        }
        report.uncovered().forEach(u -> say("cli.uncovered", u.warning().render(language)));
        if (strict && !report.uncovered().isEmpty()) {
            say("cli.strict-uncovered", report.uncovered().size());
            return false;
        }
        long misses = report.warnings().stream().filter(w -> w.code() == Warning.Code.PIN_NOT_HELD).count();
        if (strict && misses > 0) {
            say("cli.strict-pins", misses);
            return false;
        }
        for (Overset o : report.overset()) {
            say("cli.overset", o.message());
        }
        if (!report.overset().isEmpty() && !allowOverset) {
            say("cli.overset-stop");
            return false;
        }
        return true;
    }

    /** Parses the issue file, or infers the structure of raw page text (no front matter, no headings). */
    private Issue readIssue() throws IOException, IssueFormatException {
        Path name = IssueInput.name(issueFile);
        byte[] bytes = IssueInput.read(issueFile, std.in()); // once: standard input and a FIFO cannot be read again
        String text;
        try {
            text = IssueParser.decode(bytes, name); // UTF-8, a byte order mark's encoding, or GB18030
        } catch (IssueFormatException e) {
            return new IssueParser().parse(bytes, name); // the parser names the line of the bad byte
        }
        issueLines = List.of(text.split("\r\n|\r|\n", -1));
        if (!RawIssueImporter.isRaw(text) || text.indexOf('\0') >= 0 || IssueParser.isEmpty(text)) {
            return new IssueParser().parse(bytes, name);
        }
        ImportedIssue imported = new RawIssueImporter().importText(text, name);
        ImportCommand.printOutline(err, imported, language);
        return imported.issue();
    }

    private int fail(Message message) {
        err.println(Message.at("layout", message).render(language));
        return BAD_INPUT;
    }
}
