package paiban.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * URLs and e-mail addresses in body text break after / . @ - (no hyphen is added) rather than leave a line short,
 * and are never cut elsewhere.
 */
class AddressBreakTest {

    private static final float SIZE = 9;
    private static final String TEXT = "来稿请发送至电子邮箱editorial-office@kexuedaobao.example.cn，也可登录"
            + "https://www.example.gov.cn/zhengce/content/2024-03/index.html查询原文，或访问www.kjdb.example.com了解详情。";

    @Test
    void addressesBreakOnlyAtTheirSeams() {
        List<String> faults = new ArrayList<>();
        int seams = 0;
        for (int chars = 11; chars <= 16; chars++) {
            List<Line> lines = new Typesetter().set(List.of(new StyledText(TEXT, new TextStyle(FakeFace.SERIF, SIZE))),
                    ParagraphFormat.body(chars * SIZE, SIZE));
            for (int i = 0; i + 1 < lines.size(); i++) {
                Line line = lines.get(i);
                String text = line.text().strip();
                char end = text.charAt(text.length() - 1);
                char next = lines.get(i + 1).text().strip().charAt(0);
                if (isAddressChar(end) && isAddressChar(next)) {
                    if ("/.@-_".indexOf(end) < 0) {
                        faults.add(chars + ": address cut after " + end + ": " + text);
                    }
                    seams++;
                }
            }
        }
        assertTrue(faults.isEmpty(), () -> String.join("\n", faults));
        assertTrue(seams > 6, "addresses this long in columns this narrow break at their seams: " + seams);
    }

    private static boolean isAddressChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "/.@-_:".indexOf(c) >= 0);
    }
}
