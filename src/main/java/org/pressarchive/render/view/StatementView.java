package org.pressarchive.render.view;

/**
 * One statement of a speaker as listed on their page.
 *
 * @param href      relative link to the sentence anchor on the release page ({@code ../communiques/x.html#p3-s2})
 * @param place     where it is, for the reader ({@code ¶ 3})
 * @param jointWith the other voices of a joint statement in words, or null
 * @param textLang  language of the quoted text
 */
public record StatementView(String dateIso, String dateLong, String releaseTitle, String releaseHref, String href,
                            String place, String text, String jointWith, String textLang) {
}
