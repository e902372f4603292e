package paiban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import paiban.importer.ImportedIssue;
import paiban.importer.IssueWriter;
import paiban.importer.RawIssueImporter;
import paiban.render.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code layout import RAW -o ISSUE.txt}: infers the structure of raw page text and writes it as an issue file
 * (format v1) for a person to review; the outline of what was inferred goes to stderr.
 */
@Command(name = "import", mixinStandardHelpOptions = true, version = "paiban 0.1.0",
        description = "Infers the structure of raw page text (no markup) and writes it as an issue file "
                + "(format v1) to review.%n从无标记的版面文字推断稿件结构，写成稿件文件供人审阅。")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RAW", description = "the raw page text (UTF-8)")
    Path raw;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "ISSUE.txt",
            description = "the issue file to write")
    Path output;

    @Option(names = "--debug", description = "on an internal error, print the stack trace (for a bug report)")
    boolean debug;

    private PrintWriter err;

    private StandardStreams std;

    /** Runs {@code layout import ARGS} as the shell would, returning the exit code. */
    static int run(String[] args, StandardStreams std, PrintWriter out, PrintWriter err) {
        ImportCommand command = new ImportCommand();
        command.err = err;
        command.std = std;
        CommandLine cl = new CommandLine(command);
        cl.setCommandName("layout import");
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, c, parsed) -> Failure.report("layout import", e, err, command.debug));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("layout import: " + ex.getMessage());
            err.println("Try 'layout import --help'.");
            return LayoutCommand.BAD_INPUT;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        try {
            String refused = IssueInput.refusal(raw);
            OutputPaths.Target target = null;
            if (refused == null) {
                String name = output.toString();
                if (name.isBlank()) {
                    return fail("-o '': give the name of the issue file to write, or - for standard output");
                }
                OutputPaths paths = new OutputPaths();
                target = paths.add("-o", OutputTargets.pathOrStdout("-o", name));
                refused = paths.refusal(IssueInput.name(raw).equals(IssueInput.STDIN) ? List.of()
                        : List.of(new OutputPaths.Input("raw file", raw)));
            }
            if (refused != null) {
                return fail(refused);
            }
            String text = RawIssueImporter.decode(IssueInput.read(raw, std.in()), IssueInput.name(raw));
            if (!RawIssueImporter.isRaw(text)) {
                return fail(raw + ": already an issue file (it has front matter or # headings); nothing to infer");
            }
            ImportedIssue imported = new RawIssueImporter().importText(text, IssueInput.name(raw));
            printOutline(err, imported);
            List<String> notes = new ArrayList<>();
            notes.add("Inferred by 'layout import' from " + raw.getFileName() + ". Check headlines, kickers,");
            notes.add("subtitles, bylines and photo captions, and replace the placeholder photo paths.");
            for (String u : imported.outline().unplaced()) {
                notes.add("could not place " + u);
            }
            for (String w : imported.outline().warnings()) {
                notes.add("warning: " + w);
            }
            String issue = IssueWriter.write(imported.issue(), notes);
            new OutputWriter(std.out(), err).write(target, out -> out.write(issue.getBytes(StandardCharsets.UTF_8)), "");
            return LayoutCommand.OK;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Failure.report("layout import", e, err, debug);
        }
    }

    /** The outline of an inferred issue, as both commands print it. */
    static void printOutline(PrintWriter err, ImportedIssue imported) {
        err.println("inferred the structure of a raw page:");
        for (String line : imported.outline().lines()) {
            err.println("  " + line);
        }
    }

    private int fail(String message) {
        err.println("layout import: " + message);
        return LayoutCommand.BAD_INPUT;
    }
}
