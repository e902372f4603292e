package paiban.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import paiban.model.Article;
import paiban.model.Block;
import paiban.model.Issue;
import paiban.model.Page;
import paiban.model.Photo;
import paiban.spec.LayoutSpec;

/** The files a run reads, which no output may overwrite: the issue, the layout file, its ICC profile, the photos. */
final class RunInputs {

    private RunInputs() {
    }

    static List<OutputPaths.Input> of(Path issueFile, List<Path> layoutFiles, Issue issue, LayoutSpec spec) {
        List<OutputPaths.Input> in = new ArrayList<>();
        if (!IssueInput.name(issueFile).equals(IssueInput.STDIN)) {
            in.add(new OutputPaths.Input("issue", issueFile));
        }
        for (Path layout : layoutFiles) {
            if (Files.isRegularFile(layout)) {
                in.add(new OutputPaths.Input("layout", layout));
            }
        }
        if (spec.output().iccProfile() != null) {
            in.add(new OutputPaths.Input("icc", spec.output().iccProfile()));
        }
        Path base = issue.source() == null ? null : issue.source().toAbsolutePath().getParent();
        for (Page page : issue.pages()) {
            for (Article a : page.articles()) {
                for (Block b : a.body()) {
                    if (b instanceof Photo p) {
                        photo(in, base, p.path());
                    }
                }
            }
        }
        return in;
    }

    private static void photo(List<OutputPaths.Input> in, Path base, String path) {
        try {
            in.add(new OutputPaths.Input("photo", base == null ? Path.of(path) : base.resolve(path)));
        } catch (InvalidPathException e) {
            // a name no file can have is reported by the photo check; it cannot be an output either
        }
    }

    /** The files {@code --layout NAME|FILE} (or the issue's layout) may be read from. */
    static List<Path> layoutFiles(String nameOrFile, List<Path> searchFolders) {
        if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/")) {
            return List.of(Path.of(nameOrFile));
        }
        return searchFolders.stream().map(f -> f.resolve(nameOrFile + ".yaml")).toList();
    }
}
