package org.pressarchive.render.view;

import java.util.List;

import org.pressarchive.render.TextHtml;

/**
 * The reading views of a release shown with a translation: paragraph pairs (original, translation)
 * sharing one permalink, and the links that switch between original, translation and side by side.
 *
 * @param originalLang    language of the original text
 * @param translationLang language of the translation
 * @param pairs           aligned paragraphs; either side may be null when the counts differ
 */
public record Bilingual(String originalLang, String translationLang, List<Pair> pairs) {

    /** The pairs as HTML blocks, escaped, for {@code th:utext} (see {@link TextHtml#pairs}). */
    public String html() {
        return TextHtml.pairs(this);
    }

    /**
     * One aligned paragraph: its shared anchor and number, each side (null when missing), and
     * the label of its permalink.
     */
    public record Pair(String id, int number, ParagraphView original, ParagraphView translation,
                       String permalinkLabel) {
    }
}
