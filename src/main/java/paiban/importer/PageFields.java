package paiban.importer;

import paiban.model.PageInfo;

/** What the importer learns about one page: its number and name (第N版 …) and a supplement's banner fields. */
final class PageFields {
    int number;
    String name;
    String section;
    String sectionSuffix;
    String guide;
    String banner;

    PageFields(int number) {
        this.number = number;
    }

    PageInfo info() {
        return new PageInfo(section, sectionSuffix, guide, banner, null, null, null, null);
    }

    /** The page's name: as a 第N版 line gave it, else a supplement's section name. */
    String pageName() {
        return name != null ? name : section;
    }
}
