package paiban.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import paiban.UserError;
import paiban.message.Message;

/**
 * Every file one run writes, known before any work: the page PDFs (one file, one per page, or standard output),
 * the combined proof, the report and the preview, each a {@link OutputPaths.Target} to check and then write.
 */
final class RunOutputs {

    final OutputPaths paths = new OutputPaths();
    /** The one PDF of all selected pages; null when they go one file each. */
    final OutputPaths.Target single;
    final Map<Integer, OutputPaths.Target> pages = new LinkedHashMap<>();
    final OutputPaths.Target combined;
    final OutputPaths.Target report;
    final OutputPaths.Target preview;

    RunOutputs(OutputTargets pdf, List<Integer> pageNumbers, Path combined, Path report, Path preview) {
        if (pdf.perPage()) {
            single = null;
            for (int n : pageNumbers) {
                // -o DIR/ makes DIR
                pages.put(n, paths.addPage("-o", pdf.pagePath(n), pdf.pattern() != null || pdf.folder() != null));
            }
        } else {
            single = paths.add("-o", pdf.stdout() ? null : pdf.single());
        }
        this.combined = optional("--combined", combined);
        this.report = optional("--report", report);
        this.preview = optional("--preview", preview);
    }

    private OutputPaths.Target optional(String option, Path path) {
        if (path == null) {
            return null;
        }
        String name = path.toString();
        if (name.isEmpty()) {
            throw new UserError(Message.of("cli.output-empty", option));
        }
        return paths.add(option, OutputTargets.pathOrStdout(option, name));
    }
}
