package org.pressarchive.render.view;

import java.util.List;

/**
 * A release in a list: title (translated when the page's language has a translation), dates,
 * place, speakers' names, relative link, and the languages the release can be read in.
 *
 * @param titleLang language of {@code title}
 * @param languages codes of the languages the text exists in, the original first
 */
public record ReleaseSummary(String id, String title, String titleLang, String dateIso, String dateLong,
                             String location, List<String> participants, String href, List<String> languages) {
}
