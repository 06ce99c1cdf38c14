package org.pressarchive.render;

import java.util.List;

import org.pressarchive.render.view.Bilingual;
import org.pressarchive.render.view.ParagraphView;
import org.pressarchive.render.view.Piece;
import org.pressarchive.render.view.SegmentView;
import org.pressarchive.render.view.SentenceView;

/**
 * The text of a release page, written by code: the paragraph blocks (each a {@code div.para} with
 * its anchor and ¶ permalink, or a {@code div.pair} of original and translation on a bilingual
 * page), and in each paragraph its speaker segments, with the speaker's label, the sentences (each
 * an anchor) and their formatted pieces (emphasis, strong, code, links).
 *
 * <p>This is the page's content in the sense of Hugo's {@code .Content}: rendered by a template,
 * a loop over every paragraph, sentence and piece was most of a release page's cost; written here
 * it costs a fraction of that, and {@code release.html} only places it, with
 * {@code th:utext="${r.textHtml()}"} or {@code th:utext="${b.html()}"}. The layout of the page
 * (head, site header, release header and participants, notices, footer) stays in the templates,
 * which a user's theme folder can still override file by file ({@code release.html},
 * {@code layout.html}…).
 *
 * <p>The markup is exactly that of the fragments of {@code text.html} ({@code paragraphs(r)},
 * {@code pairs(b)}, {@code segments(p)}), which stay in the default theme as the same text in
 * template form: a theme that wants other markup for the text overrides {@code release.html} and
 * inserts them, changed, instead. The tests check that code and fragments give the same bytes.
 * Text and attribute values are escaped by {@link Html}. A paragraph's segments look like this:
 *
 * <pre>{@code
 * <span class="seg KIND COLOUR"><span class="who"><b>LABEL</b> <i class="kind">KIND LABEL</i></span>
 *   <span class="s" id="SENTENCE ID">PIECES</span> <span class="s" …>…</span></span> <span class="seg …">…</span>
 * }</pre>
 * (on one line, without the line break and indent shown here; the "who" part is left out when the
 * label is blank, as for narration).
 */
public final class TextHtml {
    /** Between two blocks: the line break and indent of the blocks in {@code release.html}. */
    private static final String BETWEEN_BLOCKS = "\n    ";
    /** Before each line inside a block. */
    private static final String IN_BLOCK = "\n      ";

    private TextHtml() {
    }

    /**
     * The paragraph blocks of a text, as {@code text.html :: paragraphs(r)} writes them: each a
     * {@code div.para} with its anchor, its ¶ permalink and its text, one per line, indented for
     * their place in {@code release.html}.
     */
    public static String paragraphs(List<ParagraphView> paragraphs) {
        int size = 0;
        for (ParagraphView p : paragraphs) {
            size += estimate(p) + 256;
        }
        StringBuilder out = new StringBuilder(size);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.append(BETWEEN_BLOCKS);
            }
            ParagraphView p = paragraphs.get(i);
            out.append("<div class=\"para\"");
            id(out, p.id());
            out.append('>').append(IN_BLOCK);
            permalink(out, p.id(), p.permalinkLabel());
            out.append(IN_BLOCK).append("<p>");
            segments(out, p.segments());
            out.append("</p>").append(BETWEEN_BLOCKS).append("</div>");
        }
        return out.toString();
    }

    /**
     * The paragraph pairs of a bilingual page, as {@code text.html :: pairs(b)} writes them: each
     * a {@code div.pair} with the shared anchor and ¶ permalink, the original's side and the
     * translation's side (an empty side where one text has fewer paragraphs).
     */
    public static String pairs(Bilingual b) {
        int size = 0;
        for (Bilingual.Pair pair : b.pairs()) {
            size += 384 + (pair.original() == null ? 0 : estimate(pair.original()))
                    + (pair.translation() == null ? 0 : estimate(pair.translation()));
        }
        StringBuilder out = new StringBuilder(size);
        for (int i = 0; i < b.pairs().size(); i++) {
            if (i > 0) {
                out.append(BETWEEN_BLOCKS);
            }
            Bilingual.Pair pair = b.pairs().get(i);
            out.append("<div class=\"pair\"");
            id(out, pair.id());
            out.append('>').append(IN_BLOCK);
            permalink(out, pair.id(), pair.permalinkLabel());
            out.append(IN_BLOCK);
            side(out, "orig", b.originalLang(), pair.original());
            out.append(IN_BLOCK);
            side(out, "tr", b.translationLang(), pair.translation());
            out.append(BETWEEN_BLOCKS).append("</div>");
        }
        return out.toString();
    }

    private static void side(StringBuilder out, String cls, String lang, ParagraphView p) {
        out.append("<div class=\"").append(cls).append('"');
        if (lang != null && !lang.isEmpty()) {
            attribute(out, "lang", lang);
        }
        out.append('>');
        if (p != null) {
            out.append("<p>");
            segments(out, p.segments());
            out.append("</p>");
        }
        out.append("</div>");
    }

    private static void permalink(StringBuilder out, String id, String label) {
        out.append("<a class=\"permalink\"");
        attribute(out, "href", "#" + id);
        attribute(out, "title", label);
        attribute(out, "aria-label", label);
        out.append(">¶</a>");
    }

    /** An {@code id} attribute, left out when null or empty, as {@code th:id} does. */
    private static void id(StringBuilder out, String id) {
        if (id != null && !id.isEmpty()) {
            attribute(out, "id", id);
        }
    }

    /** The segments of {@code p} as HTML (what goes inside its {@code <p>}). */
    public static String paragraph(ParagraphView p) {
        StringBuilder out = new StringBuilder(estimate(p));
        segments(out, p.segments());
        return out.toString();
    }

    /** Appends the HTML of {@code segments}, separated by a space. */
    public static StringBuilder segments(StringBuilder out, List<SegmentView> segments) {
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            segment(out, segments.get(i));
        }
        return out;
    }

    private static void segment(StringBuilder out, SegmentView g) {
        out.append("<span class=\"");
        Html.escape(out, "seg " + g.kind() + ' ' + g.colour());
        out.append("\">");
        if (!blank(g.label())) {
            out.append("<span class=\"who\"><b>");
            Html.escape(out, g.label());
            out.append("</b> <i class=\"kind\">");
            Html.escape(out, g.kindLabel());
            out.append("</i></span>");
        }
        List<SentenceView> sentences = g.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            SentenceView s = sentences.get(i);
            out.append("<span class=\"s\"");
            id(out, s.id());
            out.append('>');
            for (Piece x : s.pieces()) {
                piece(out, x);
            }
            out.append("</span>");
        }
        out.append("</span>");
    }

    private static void piece(StringBuilder out, Piece x) {
        if (x.plain()) {
            Html.escape(out, x.text());
            return;
        }
        if (x.href() == null) {
            marked(out, x);
            return;
        }
        out.append("<a");
        attribute(out, "href", x.href());
        out.append(" rel=\"nofollow noopener\">");
        if (x.em() || x.strong() || x.code()) {
            marked(out, x);
        } else {
            Html.escape(out, x.text());
        }
        out.append("</a>");
    }

    /** The innermost mark wins as the template has it: emphasis, else strong, else code. */
    private static void marked(StringBuilder out, Piece x) {
        String tag = x.em() ? "em" : x.strong() ? "strong" : "code";
        out.append('<').append(tag).append('>');
        Html.escape(out, x.text());
        out.append("</").append(tag).append('>');
    }

    /**
     * {@code name="value"}, or nothing when the value is null. (As with {@code th:id}, the caller
     * also leaves out an empty id; {@code th:href} keeps an empty link.)
     */
    private static void attribute(StringBuilder out, String name, String value) {
        if (value == null) {
            return;
        }
        out.append(' ').append(name).append("=\"");
        Html.escape(out, value);
        out.append('"');
    }

    /** Thymeleaf's {@code #strings.isEmpty}: null, empty or only white space. */
    private static boolean blank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Room for the text of the paragraph and its markup, so the builder rarely grows. */
    private static int estimate(ParagraphView p) {
        int n = 64;
        for (SegmentView g : p.segments()) {
            n += 96;
            for (SentenceView s : g.sentences()) {
                n += 40;
                for (Piece x : s.pieces()) {
                    n += x.text().length() + (x.href() == null ? 0 : x.href().length() + 48);
                }
            }
        }
        return n;
    }
}
