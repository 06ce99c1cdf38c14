package org.pressarchive.render.view;

import java.util.List;

/**
 * A release page: heading data, participants, the text as paragraphs of speaker segments,
 * citation, source, neighbours and the link to the parse model.
 *
 * @param newer the next newer release, or null
 * @param older the next older release, or null
 * @param script relative link to the copy-button script
 * @param textLang language of the release text (for {@code lang} and hyphenation)
 */
public record ReleaseView(String id, String title, String dateIso, String dateLong, String location,
                          List<ParticipantView> participants, List<ParagraphView> paragraphs, String citation,
                          String permalink, String sourceUrl, Link newer, Link older, String json,
                          String script, String textLang) {
}
