package paiban.render;

import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import paiban.page.Tag;

/**
 * The document's logical structure (tagged PDF, ISO 32000-1 §14.7–14.8), built while the content streams are
 * written: a Document element holding, per page, a Sect for the masthead and one Art per article, each with its
 * H1, P, Caption and Figure elements in the order they are drawn. Each run of marks with the same tag becomes one
 * marked-content sequence with an MCID; the ParentTree maps every page's MCIDs back to their elements.
 */
final class Structure {

    private final COSDictionary root = new COSDictionary();
    private final COSDictionary document = element("Document", null, null);
    private final COSArray parentNums = new COSArray();
    private int pageIndex = -1;
    private PDPage page;
    private COSArray pageParents;
    private final Map<Object, COSDictionary> elements = new HashMap<>();

    Structure() {
        root.setItem(COSName.TYPE, COSName.getPDFName("StructTreeRoot"));
        document.setItem(COSName.P, root);
        root.setItem(COSName.K, document);
    }

    /** Starts a page: its /StructParents key and a fresh MCID count. */
    void beginPage(PDPage p) {
        pageIndex++;
        page = p;
        pageParents = new COSArray();
        elements.clear();
        p.getCOSObject().setInt(COSName.STRUCT_PARENTS, pageIndex);
        parentNums.add(COSInteger.get(pageIndex));
        parentNums.add(pageParents);
    }

    /** The operator that opens a tag's marked content (and registers its MCID), or the artifact operator. */
    String open(Tag tag) {
        if (tag.kind() == Tag.Kind.ARTIFACT) {
            return "/Artifact BMC";
        }
        COSDictionary el = elementFor(tag);
        int mcid = pageParents.size();
        pageParents.add(el);
        COSArray kids = (COSArray) el.getDictionaryObject(COSName.K);
        kids.add(COSInteger.get(mcid));
        return "/" + el.getCOSName(COSName.S).getName() + " <</MCID " + mcid + ">> BDC";
    }

    private COSDictionary elementFor(Tag tag) {
        Object key = tag.kind() == Tag.Kind.FURNITURE ? "furniture" : tag;
        COSDictionary el = elements.get(key);
        if (el != null) {
            return el;
        }
        COSDictionary parent = document;
        if (tag.inArticle()) {
            parent = elements.computeIfAbsent("art" + tag.article(), k -> child(document, "Art"));
        }
        el = child(parent, switch (tag.kind()) {
            case FURNITURE -> "Sect";
            case HEADLINE -> "H1";
            case CAPTION -> "Caption";
            case FIGURE -> "Figure";
            default -> "P";
        });
        if (tag.kind() == Tag.Kind.FIGURE) {
            el.setItem(COSName.getPDFName("Alt"), new COSString("照片"));
        }
        elements.put(key, el);
        return el;
    }

    private COSDictionary child(COSDictionary parent, String type) {
        COSDictionary el = element(type, parent, page);
        COSArray kids = (COSArray) parent.getDictionaryObject(COSName.K);
        if (kids == null) {
            kids = new COSArray();
            parent.setItem(COSName.K, kids);
        }
        kids.add(el);
        return el;
    }

    private static COSDictionary element(String type, COSDictionary parent, PDPage page) {
        COSDictionary el = new COSDictionary();
        el.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        el.setItem(COSName.S, COSName.getPDFName(type));
        if (parent != null) {
            el.setItem(COSName.P, parent);
        }
        if (page != null) {
            el.setItem(COSName.PG, page.getCOSObject());
            el.setItem(COSName.K, new COSArray());
        }
        return el;
    }

    /** Puts the tree into the catalog: StructTreeRoot with its ParentTree, MarkInfo, the language. */
    void finish(COSDictionary catalog, String lang) {
        COSArray docKids = (COSArray) document.getDictionaryObject(COSName.K);
        if (docKids == null) {
            document.setItem(COSName.K, new COSArray());
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, parentNums);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, pageIndex + 1);
        catalog.setItem(COSName.STRUCT_TREE_ROOT, root);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setBoolean(COSName.getPDFName("Marked"), true);
        catalog.setItem(COSName.MARK_INFO, markInfo);
        catalog.setItem(COSName.LANG, new COSString(lang));
    }
}
