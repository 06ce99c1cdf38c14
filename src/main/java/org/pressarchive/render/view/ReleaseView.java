package org.pressarchive.render.view;

import java.util.List;

import org.pressarchive.render.TextHtml;

/**
 * A release page: heading data, participants, the text as paragraphs of speaker segments,
 * citation, source, neighbours and the link to the parse model.
 *
 * @param newer the next newer release, or null
 * @param older the next older release, or null
 * @param script relative link to the copy-button script
 * @param textLang language of the release text (for {@code lang} and hyphenation)
 * @param bilingual the original and translation side by side, or null when the page shows one text
 * @param notice    says the translation into the page's language is not available, or null
 * @param otherLanguages the release's page in the other languages it exists in
 * @param viewScript relative link to the script that remembers the reader's choice of view
 */
public record ReleaseView(String id, String title, String dateIso, String dateLong, String location,
                          List<ParticipantView> participants, List<ParagraphView> paragraphs, String citation,
                          String permalink, String sourceUrl, Link newer, Link older, String json,
                          String script, String textLang, Bilingual bilingual, String notice,
                          List<Link> otherLanguages, String viewScript) {

    /** The paragraphs as HTML blocks, escaped, for {@code th:utext} (see {@link TextHtml#paragraphs}). */
    public String textHtml() {
        return TextHtml.paragraphs(paragraphs);
    }
}
