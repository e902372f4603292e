package paiban.importer;

import paiban.model.Issue;

/** An issue inferred from raw page text, and the outline that tells a person what was inferred. */
public record ImportedIssue(Issue issue, ImportOutline outline) {
}
