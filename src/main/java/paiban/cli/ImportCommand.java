package paiban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import paiban.message.Language;
import paiban.message.Message;
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

    private Language language = Language.EN;

    @Option(names = RunLanguage.OPTION, paramLabel = "zh|en", description = "the language of messages: zh (中文) or en")
    String lang;

    /** Runs {@code layout import ARGS} as the shell would, returning the exit code. */
    static int run(String[] args, StandardStreams std, PrintWriter out, PrintWriter err, Language language) {
        ImportCommand command = new ImportCommand();
        command.err = err;
        command.std = std;
        command.language = language;
        CommandLine cl = new CommandLine(command);
        cl.setCommandName("layout import");
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, c, parsed) -> Failure.report("layout import", e, err, command.debug,
                language));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(Message.at("layout import", RunLanguage.usageError(ex)).render(language));
            err.println(Message.of("cli.try-help", "layout import").render(language));
            return LayoutCommand.BAD_INPUT;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        try {
            Message refused = IssueInput.refusal(raw);
            OutputPaths.Target target = null;
            if (refused == null) {
                String name = output.toString();
                if (name.isBlank()) {
                    return fail(Message.of("import.output-empty"));
                }
                OutputPaths paths = new OutputPaths();
                target = paths.add("-o", OutputTargets.pathOrStdout("-o", name));
                refused = paths.refusal(IssueInput.name(raw).equals(IssueInput.STDIN) ? List.of()
                        : List.of(new OutputPaths.Input("raw", raw)));
            }
            if (refused != null) {
                return fail(refused);
            }
            String text = RawIssueImporter.decode(IssueInput.read(raw, std.in()), IssueInput.name(raw));
            if (!RawIssueImporter.isRaw(text)) {
                return fail(Message.at(raw, Message.of("import.already-issue")));
            }
            ImportedIssue imported = new RawIssueImporter().importText(text, IssueInput.name(raw));
            printOutline(err, imported, language);
            List<String> notes = new ArrayList<>(); // comments atop the issue file, in the run's language
            notes.add(Message.of("import.note-inferred", raw.getFileName()).render(language));
            notes.add(Message.of("import.note-check").render(language));
            for (Message u : imported.outline().unplaced()) {
                notes.add(Message.of("import.note-unplaced", u).render(language));
            }
            for (Message w : imported.outline().warnings()) {
                notes.add(Message.of("cli.warning", w).render(language));
            }
            String issue = IssueWriter.write(imported.issue(), notes);
            new OutputWriter(std.out(), err, language).write(target,
                    out -> out.write(issue.getBytes(StandardCharsets.UTF_8)), Message.of("output.wrote", target.path()));
            return LayoutCommand.OK;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Failure.report("layout import", e, err, debug, language);
        }
    }

    /** The outline of an inferred issue, as both commands print it. */
    static void printOutline(PrintWriter err, ImportedIssue imported, Language language) {
        err.println(Message.of("import.outline").render(language));
        for (Message line : imported.outline().messages()) {
            err.println(Message.of("import.indent", line).render(language));
        }
    }

    private int fail(Message message) {
        err.println(Message.at("layout import", message).render(language));
        return LayoutCommand.BAD_INPUT;
    }
}
