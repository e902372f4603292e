package paiban.model;

/**
 * Attribute lines under a {@code # 第N版} heading. All optional. {@code section}, {@code sectionSuffix},
 * {@code guide} and {@code banner} make a supplement's section banner (e.g. 开发区建设 周刊, 山西省商务厅 指导).
 * {@code colour} is null unless the page says it prints in colour ({@code colour: true}) or not, over its layout.
 * {@code ads} are the advertisement blocks the page books before its editorial is made ({@code ad:} lines), in
 * the order written. {@code contents} is the title of the guide (导读, 要目) the page carries, listing articles of
 * later pages with the page each landed on, or null when it carries none. {@code briefs} is the column head (栏目题)
 * the page's briefs (简讯) stand under, or null for the layout's (none when the layout names none either).
 */
public record PageInfo(
        String section,
        String sectionSuffix,
        String guide,
        String banner,
        String editor,
        String designer,
        String proofreader,
        String layout,
        Boolean colour,
        java.util.List<AdSlot> ads,
        String contents,
        String briefs) {

    public PageInfo {
        ads = ads == null ? java.util.List.of() : java.util.List.copyOf(ads);
    }

    public PageInfo(String section, String sectionSuffix, String guide, String banner, String editor, String designer,
                    String proofreader, String layout, Boolean colour, java.util.List<AdSlot> ads, String contents) {
        this(section, sectionSuffix, guide, banner, editor, designer, proofreader, layout, colour, ads, contents, null);
    }

    public PageInfo(String section, String sectionSuffix, String guide, String banner, String editor, String designer,
                    String proofreader, String layout, Boolean colour, java.util.List<AdSlot> ads) {
        this(section, sectionSuffix, guide, banner, editor, designer, proofreader, layout, colour, ads, null);
    }

    public PageInfo(String section, String sectionSuffix, String guide, String banner, String editor, String designer,
                    String proofreader, String layout, Boolean colour) {
        this(section, sectionSuffix, guide, banner, editor, designer, proofreader, layout, colour, java.util.List.of());
    }

    /** A page that prints as its layout says (in colour or not). */
    public PageInfo(String section, String sectionSuffix, String guide, String banner, String editor, String designer,
                    String proofreader, String layout) {
        this(section, sectionSuffix, guide, banner, editor, designer, proofreader, layout, null);
    }

    public static PageInfo empty() {
        return new PageInfo(null, null, null, null, null, null, null, null);
    }
}
