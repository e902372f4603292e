package paiban.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import paiban.model.IssueInfo;
import paiban.page.IssueDates;

/**
 * Whole raw pages assembled from the test corpus (src/test/resources/corpus), pages the importer was not built on: a
 * masthead block, then documents one after another — kicker, headline, subtitle, paragraphs, sometimes a photo
 * caption and a closing byline — with paragraphs cut mid-sentence the way a column or page break cuts them.
 *
 * <p>Cuts fall after a paragraph's first full sentence, between two characters of which at least one is wide (so
 * no space is lost or invented when they are joined). A cut before any full stop leaves a short piece without a
 * full stop that no rule can tell from a headline; real extraction cuts at column ends, long after the start.
 *
 * <p>doc-11 is left out: its numbered in-text subheads (一、总体要求 …) look exactly like headlines in plain text.
 */
final class CorpusPages {

    /** One corpus document: headline, the header lines it has (else null) and its body paragraphs. */
    record Doc(String name, String title, String kicker, String subtitle, String dateline, String byline,
               List<String> paragraphs) {
    }

    /** What went into an assembled article, to compare with what the importer makes of it. */
    record Expected(Doc doc, String kicker, String subtitle, String byline, List<String> captions) {
    }

    /** An assembled page: its raw text, the masthead's fields and what each article holds. */
    record Assembly(String raw, IssueInfo info, int pageNumber, String pageName, List<Expected> articles) {
    }

    private static final String[] DESCRIPTIONS = {"图为春耕时节农机在田间作业。", "图为新建成的智能工厂生产线。",
        "图为志愿者在社区开展义诊服务。", "图为游客在古城参观。"};
    private static final String[] CREDITS = {"■ 本报记者 张明 摄", "■ 某市融媒体中心供图", "■ 通讯员 李华 摄",
        "■ 资料图片 王强 摄"};

    private CorpusPages() {
    }

    /** The corpus folder on the test class path. */
    static Path directory() {
        return paiban.text.Corpus.directory();
    }

    static List<Doc> docs() {
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("doc-[0-9]+\\.txt")).sorted()
                    .toList()) {
                if (!f.getFileName().toString().equals("doc-11.txt")) {
                    docs.add(read(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static Doc read(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f);
        String title = lines.get(0).strip();
        String kicker = null;
        String subtitle = null;
        String dateline = null;
        String byline = null;
        List<String> paragraphs = new ArrayList<>();
        int i = 1;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String l = lines.get(i);
            String v = l.substring(l.indexOf(':') + 1).strip();
            if (l.startsWith("kicker:")) {
                kicker = v;
            } else if (l.startsWith("subtitle:")) {
                subtitle = v;
            } else if (l.startsWith("dateline:")) {
                dateline = v;
            } else if (l.startsWith("byline:")) {
                byline = v;
            }
        }
        for (; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                paragraphs.add(lines.get(i).strip());
            }
        }
        return new Doc(f.getFileName().toString(), title, kicker, subtitle, dateline, byline, paragraphs);
    }

    /** A page of the given documents under masthead {@code variant} (0–2), cut and decorated at random. */
    static Assembly assemble(List<Doc> docs, int variant, long seed) {
        Random rnd = new Random(seed);
        StringBuilder raw = new StringBuilder();
        IssueInfo info = masthead(raw, variant);
        int pageNumber = variant == 2 ? 3 : 1;
        String pageName = variant == 2 ? "要闻" : null;
        List<Expected> expected = new ArrayList<>();
        int photo = 0;
        for (Doc d : docs) {
            String kicker = d.kicker() != null && rnd.nextBoolean() ? d.kicker() : null;
            if (kicker != null) {
                line(raw, kicker, 1);
            }
            line(raw, d.title(), 1);
            String subtitle = d.subtitle() != null ? d.subtitle() : d.dateline();
            if (subtitle != null && rnd.nextInt(4) > 0) {
                line(raw, subtitle, 1);
            } else {
                subtitle = null;
            }
            int captionAfter = rnd.nextBoolean() ? rnd.nextInt(d.paragraphs().size()) : -1;
            List<String> captions = new ArrayList<>();
            for (int p = 0; p < d.paragraphs().size(); p++) {
                String para = d.paragraphs().get(p);
                int gap = rnd.nextInt(5) == 0 ? 2 : 1;
                int cut = rnd.nextInt(3) == 0 ? cut(para, rnd) : -1;
                if (cut > 0) {
                    line(raw, para.substring(0, cut), gap);
                    line(raw, para.substring(cut), rnd.nextInt(3) == 0 ? 2 : 1);
                } else {
                    line(raw, para, gap);
                }
                if (p == captionAfter) {
                    String description = DESCRIPTIONS[photo % DESCRIPTIONS.length];
                    String credit = CREDITS[(photo + variant) % CREDITS.length];
                    photo++;
                    if (rnd.nextBoolean()) {
                        line(raw, description + " " + credit, 1);
                    } else {
                        line(raw, description, 3);
                        line(raw, credit, 1);
                    }
                    captions.add(description + " " + credit);
                }
            }
            String byline = d.byline() != null && rnd.nextBoolean() ? d.byline() : null;
            if (byline != null) {
                line(raw, byline, 1);
            }
            expected.add(new Expected(d, kicker, subtitle, byline == null ? null : byline.replace('\u3000', ' '),
                    captions));
        }
        return new Assembly(raw.toString(), info, pageNumber, pageName, expected);
    }

    /** A cut after the first full sentence, mid-sentence, next to a wide character; -1 if there is none. */
    static int cut(String para, Random rnd) {
        int stop = -1;
        for (int i = 0; i < para.length(); i++) {
            if ("。！？；".indexOf(para.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        List<Integer> at = new ArrayList<>();
        for (int i = stop + 2; i >= 2 && i < para.length() - 1; i++) {
            String before = para.substring(0, i);
            if (!LineShape.endsSentence(before) && !Character.isSurrogate(para.charAt(i))
                    && (LineShape.wide(para.charAt(i - 1)) || LineShape.wide(para.charAt(i)))) {
                at.add(i);
            }
        }
        return stop < 0 || at.isEmpty() ? -1 : at.get(rnd.nextInt(at.size()));
    }

    private static IssueInfo masthead(StringBuilder raw, int variant) {
        switch (variant) {
            case 0 -> {
                LocalDate d = LocalDate.of(2024, 3, 12);
                line(raw, "江城日报", 0);
                line(raw, "求真·务实·创新", 1);
                line(raw, "第128期 总第9876期", 1);
                line(raw, IssueDates.gregorian(d) + " " + IssueDates.weekday(d), 1);
                line(raw, "国内统一连续出版物号 CN 42-0001 邮政发行 邮发代号：37-1 今日 4 版", 1);
                return new IssueInfo("江城日报", null, d, 128, 9876, "42-0001", "37-1", 4, null, "求真·务实·创新",
                        List.of(), null, null, null, null, null);
            }
            case 1 -> {
                LocalDate d = LocalDate.of(2022, 3, 8);
                line(raw, "东方科技报", 0);
                line(raw, "全国百强报纸", 1);
                line(raw, "创刊于1956年", 1);
                line(raw, IssueDates.gregorian(d) + " " + IssueDates.weekday(d) + " " + IssueDates.lunar(d), 1);
                line(raw, "第10期", 1);
                line(raw, "网址：<https://www.example.cn> 投稿邮箱：tougao@example.cn", 1);
                line(raw, "某省科学技术协会主管 东方科技报社主办", 1);
                return new IssueInfo("东方科技报", null, d, 10, null, null, null, null, 1956, null,
                        List.of("全国百强报纸"), "某省科学技术协会", "东方科技报社", "https://www.example.cn",
                        "tougao@example.cn", null);
            }
            default -> {
                LocalDate d = LocalDate.of(2024, 3, 6);
                line(raw, "第3版 要闻", 0);
                line(raw, IssueDates.gregorian(d), 1);
                line(raw, "零售价：1.50元", 1);
                return new IssueInfo(null, null, d, null, null, null, null, null, null, null, List.of(), null,
                        null, null, null, "1.50元");
            }
        }
    }

    private static void line(StringBuilder raw, String text, int blanksBefore) {
        if (raw.length() > 0) {
            raw.append("\n".repeat(blanksBefore));
        }
        raw.append(text).append('\n');
    }
}
