package org.pressarchive.render;

import java.util.List;

import org.pressarchive.render.view.ParagraphView;
import org.pressarchive.render.view.Piece;
import org.pressarchive.render.view.SegmentView;
import org.pressarchive.render.view.SentenceView;

/**
 * The body of a paragraph on a release page, written by code: its speaker segments, each with its
 * speaker label, its sentences (each an anchor) and their formatted pieces (emphasis, strong,
 * code, links). This is the page's content in the sense of Hugo's {@code .Content}: rendering it
 * in Java costs a fraction of a template loop over every sentence and piece, and the release
 * page's template only places it ({@code th:utext="${p.html()}"}). The layout of the page (header,
 * participants, paragraph blocks and their permalinks, footer) stays in the templates, which a
 * user's theme folder can still override ({@code release.html}, {@code layout.html}…).
 *
 * <p>The markup is exactly that of the template fragment {@code text.html :: segments(p)}, which
 * stays in the default theme as the same markup in template form (a theme may insert it instead
 * of {@code p.html()}); the tests check that both give the same bytes. Text and attribute values
 * are escaped by {@link Html}.
 *
 * <pre>{@code
 * <span class="seg KIND COLOUR"><span class="who"><b>LABEL</b> <i class="kind">KIND LABEL</i></span>
 *   <span class="s" id="SENTENCE ID">PIECES</span> <span class="s" …>…</span></span> <span class="seg …">…</span>
 * }</pre>
 * (on one line, without the line break and indent shown here; the "who" part is left out when the
 * label is blank, as for narration).
 */
public final class TextHtml {
    private TextHtml() {
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
            if (s.id() != null && !s.id().isEmpty()) {
                attribute(out, "id", s.id());
            }
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
