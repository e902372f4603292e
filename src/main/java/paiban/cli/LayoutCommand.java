package paiban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import paiban.compose.PinException;
import paiban.font.FontLibrary;
import paiban.importer.ImportedIssue;
import paiban.importer.RawIssueImporter;
import paiban.job.Home;
import paiban.job.LayoutJob;
import paiban.job.LayoutReport;
import paiban.job.Overset;
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
        exitCodeList = {"0:the PDF was written", "1:a layout problem: text did not fit (overset)",
            "2:bad input or usage: the message names the file, line and text"})
public final class LayoutCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int LAYOUT_PROBLEM = 1;
    static final int BAD_INPUT = 2;

    @Parameters(index = "0", paramLabel = "ISSUE", description = "the issue file (UTF-8 text, format v1)")
    Path issueFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf", description = "the PDF to write")
    Path output;

    @Option(names = "--layout", paramLabel = "NAME|FILE",
            description = "page layout: a name from layouts/ (broadsheet, tabloid) or a YAML file; "
                    + "default: the issue's layout field, else broadsheet")
    String layout;

    @Option(names = "--preview", paramLabel = "OUT.png", description = "also render page 1 to a PNG")
    Path preview;

    @Option(names = "--preview-dpi", paramLabel = "DPI", defaultValue = "40", description = "resolution of the preview (default ${DEFAULT-VALUE})")
    float previewDpi;

    @Option(names = "--allow-overset", description = "write the PDF even when text did not fit (it is still reported)")
    boolean allowOverset;

    private PrintWriter err;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command as the shell would, returning the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 0 && args[0].equals("import")) {
            // its own command line: the main command's required ISSUE and -o would otherwise be asked for
            return ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        CommandLine cl = new CommandLine(new LayoutCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("layout: " + ex.getMessage());
            err.println("Try 'layout --help'.");
            return BAD_INPUT;
        });
        ((LayoutCommand) cl.getCommand()).err = err;
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        try {
            if (!Files.isRegularFile(issueFile)) {
                return fail(issueFile + ": no such file");
            }
            Path outDir = output.toAbsolutePath().getParent();
            if (outDir == null || !Files.isDirectory(outDir) || !Files.isWritable(outDir)) {
                return fail(output + ": cannot write here (the folder does not exist or is not writable)");
            }
            Issue issue = readIssue();
            Path home = Home.locate();
            String layoutName = layout != null ? layout
                    : issue.info().layout() != null ? issue.info().layout() : "broadsheet";
            LayoutSpec spec = LayoutLoader.resolve(layoutName,
                    List.of(Path.of("layouts").toAbsolutePath(), home.resolve("layouts")));
            FontLibrary fonts = FontLibrary.standard(home.resolve("fonts"));
            LayoutReport report = new LayoutJob(spec, fonts, paiban.font.PdfFontResource::build).run(issue);
            for (String w : report.warnings()) {
                err.println("warning: " + w);
            }
            for (String s : report.summary()) {
                err.println(s);
            }
            if (!report.overset().isEmpty()) {
                for (Overset o : report.overset()) {
                    err.println("overset: " + o);
                }
                if (!allowOverset) {
                    err.println("layout: text did not fit; nothing written (use --allow-overset to write the PDF anyway)");
                    return LAYOUT_PROBLEM;
                }
            }
            AtomicFile.write(output, report.pdf());
            err.println("wrote " + output + " (" + report.pdf().length / 1024 + " KB, layout " + spec.name() + ")");
            if (preview != null) {
                PreviewRenderer.png(report.pdf(), 0, previewDpi, preview);
                err.println("wrote " + preview);
            }
            return report.overset().isEmpty() ? OK : LAYOUT_PROBLEM;
        } catch (IssueFormatException | LayoutException | PinException | paiban.font.FontException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail(e.getMessage());
        }
    }

    /** Parses the issue file, or infers the structure of raw page text (no front matter, no headings). */
    private Issue readIssue() throws IOException, IssueFormatException {
        String text;
        try {
            text = RawIssueImporter.read(issueFile);
        } catch (IOException e) {
            return new IssueParser().parse(issueFile); // the parser names the line of the bad byte
        }
        if (!RawIssueImporter.isRaw(text)) {
            return new IssueParser().parse(issueFile);
        }
        ImportedIssue imported = new RawIssueImporter().importText(text, issueFile);
        ImportCommand.printOutline(err, imported);
        return imported.issue();
    }

    private int fail(String message) {
        err.println("layout: " + message);
        return BAD_INPUT;
    }
}
