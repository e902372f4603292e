package paiban.api;

import java.io.IOException;
import java.nio.file.Path;
import paiban.UserError;
import paiban.font.FontLibrary;
import paiban.font.PdfFontResource;
import paiban.job.Home;
import paiban.job.LayoutJob;
import paiban.job.LayoutReport;
import paiban.job.ReportJson;
import paiban.model.Issue;
import paiban.parse.IssueParser;
import paiban.render.LibraryLogs;
import paiban.spec.LayoutLoader;
import paiban.spec.LayoutSpec;

/**
 * The engine for Java programs: an issue, from a file or from text, in; the PDF and the report out. No file is
 * written and nothing is printed.
 *
 * <pre>{@code
 * LayoutResult r = Paiban.create().layout("tabloid").layOut(Path.of("issue.txt"));
 * if (!r.fits()) { r.overset().forEach(System.err::println); }
 * Files.write(Path.of("page1.pdf"), r.pdf());
 * }</pre>
 *
 * The fonts it opens are kept between runs, so a second run is faster; one instance runs one issue at a time.
 */
public final class Paiban {

    private final Path home;
    private String layout;
    private boolean marks;
    private FontLibrary fonts;

    private Paiban(Path home) {
        this.home = home;
    }

    /** An engine that finds its fonts and layouts where the {@code layout} command does (see {@link Home}). */
    public static Paiban create() {
        LibraryLogs.silence();
        return new Paiban(Home.locate());
    }

    /**
     * The layout: a name ({@code broadsheet}, {@code tabloid}, or {@code layouts/NAME.yaml} in the working directory)
     * or a YAML file. Without one, the issue's front matter {@code layout:} decides, else broadsheet.
     */
    public Paiban layout(String nameOrFile) {
        this.layout = nameOrFile;
        return this;
    }

    /** Crop marks, registration marks and a slug line outside the bleed, as {@code --marks}. */
    public Paiban marks(boolean on) {
        this.marks = on;
        return this;
    }

    /** Lays out an issue file; its photos are found beside it. */
    public synchronized LayoutResult layOut(Path issueFile) throws IOException, PaibanException {
        return layOut(() -> new IssueParser().parse(issueFile));
    }

    /**
     * Lays out issue text. Photo paths are taken from {@code folder}, and messages name {@code folder/issue.txt}.
     *
     * @param folder where the issue's photos are; null for the working directory
     */
    public synchronized LayoutResult layOut(String issueText, Path folder) throws IOException, PaibanException {
        Path name = folder == null ? Path.of("issue.txt") : folder.resolve("issue.txt");
        return layOut(() -> new IssueParser().parse(issueText, name));
    }

    /** Reads the issue: from a file, or from text. */
    private interface IssueSource {
        Issue read() throws IOException;
    }

    private LayoutResult layOut(IssueSource source) throws IOException, PaibanException {
        try {
            Issue issue = source.read();
            String name = Home.layoutName(layout, issue);
            LayoutSpec spec = LayoutLoader.resolve(name, Home.layoutFolders(home));
            if (fonts == null) {
                fonts = FontLibrary.standard(home.resolve("fonts"));
            }
            LayoutJob job = new LayoutJob(spec, fonts, PdfFontResource::build).marks(marks);
            LayoutReport report = job.run(issue);
            return new LayoutResult(job.pdf(report), ReportJson.write(report, spec, issue.notices()), report, issue.notices());
        } catch (UserError e) { // a bad issue, layout, photo, pin or font; anything else is a bug and passes through
            throw new PaibanException(e.getMessage(), e);
        }
    }
}
