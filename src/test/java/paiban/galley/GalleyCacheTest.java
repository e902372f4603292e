package paiban.galley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.font.FontLibrary;
import paiban.spec.LayoutLoader;
import paiban.spec.Role;
import paiban.text.Alignment;
import paiban.text.Line;
import paiban.text.ParagraphFormat;
import paiban.text.StyledText;
import paiban.text.TextStyle;

/** The cache of set paragraphs: one setting is set once, whoever asks; anything that sets it differently misses. */
class GalleyCacheTest {

    private static StyleBook styles;
    private static GalleyCache cache;

    @BeforeAll
    static void load() throws Exception {
        cache = new GalleyCache();
        styles = cache.styles(LayoutLoader.resolve("broadsheet", List.of(Path.of("layouts"))),
                FontLibrary.standard(Path.of("fonts")));
    }

    @Test
    void aParagraphAskedByManyThreadsAtOnceIsSetOnce() throws Exception {
        cache.beginRun();
        int paragraphs = 40;
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<List<Line>>>> asked = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            asked.add(pool.submit((Callable<List<List<Line>>>) () -> {
                start.await();
                List<List<Line>> out = new ArrayList<>();
                for (int p = 0; p < paragraphs; p++) {
                    out.add(cache.lines(setting("第" + p + "段，改革开放以来取得的成就。", styles.text(Role.BODY), 200)));
                }
                return out;
            }));
        }
        start.countDown();
        List<List<Line>> first = asked.get(0).get();
        for (Future<List<List<Line>>> f : asked) {
            List<List<Line>> lines = f.get();
            for (int p = 0; p < paragraphs; p++) {
                assertSame(first.get(p), lines.get(p), "every thread gets the one setting's lines");
            }
        }
        pool.shutdown();
        cache.endRun();
        assertEquals(paragraphs, cache.lastRun().set());
    }

    @Test
    void anotherSizeMeasureOrFaceIsAnotherSetting() {
        cache.beginRun();
        TextStyle body = styles.text(Role.BODY);
        String text = "我省积极融入国家“东数西算”战略。";
        cache.lines(setting(text, body, 200));
        cache.lines(setting(text, body, 200));
        cache.lines(setting(text, body.withSize(body.size() + 1), 200));
        cache.lines(setting(text, body, 180));
        cache.lines(setting(text, styles.text(Role.HEADLINE).withSize(body.size()), 200));
        cache.endRun();
        assertEquals(4, cache.lastRun().set());
    }

    @Test
    void theKeyComparesEveryComponentOfWhatSetsAParagraph() {
        // Setting spells out equality over these records' components: one added there must be added to Setting.
        assertEquals(5, ParagraphFormat.class.getRecordComponents().length, "ParagraphFormat changed: update Setting");
        assertEquals(3, TextStyle.class.getRecordComponents().length, "TextStyle changed: update Setting");
        assertEquals(2, StyledText.class.getRecordComponents().length, "StyledText changed: update Setting");
    }

    private static Setting setting(String text, TextStyle style, float measure) {
        return new Setting(List.of(new StyledText(text, style)), new ParagraphFormat(measure, 0, Alignment.JUSTIFY));
    }
}
