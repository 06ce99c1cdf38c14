package org.pressarchive.parse;

import java.util.List;

import org.pressarchive.model.Whitespace;

/**
 * Derives a release title when none is given: the heading paragraph; else from the framing
 * sentence ({@code Wang Yi s'entretient avec Yermek Kosherbayev}, {@code … s'entretient au
 * téléphone avec …}); for a press conference {@code Conférence de presse du porte-parole X};
 * else the first sentence cut at a word boundary.
 */
final class TitleDeriver {

    private static final int MAX = 100;
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[\\s,;:]+$");

    /** What kind of text the release is, as far as titles go. */
    enum Shape { READOUT, TRANSCRIPT, FIRST_PERSON }

    String derive(List<List<String>> paragraphs, boolean heading, Cast cast, Shape shape) {
        if (heading) {
            return Whitespace.strip(String.join(" ", paragraphs.get(0)));
        }
        List<Actor> actors = cast.actors();
        if (shape == Shape.TRANSCRIPT && !actors.isEmpty()) {
            Actor a = actors.get(0);
            boolean spokesperson = a.role() != null && Folding.fold(a.role()).contains("porte-parole");
            return "Conférence de presse " + (spokesperson ? (a.role().startsWith("la") ? "de la " : "du ") + "porte-parole "
                    : "de ") + a.name();
        }
        if (shape == Shape.FIRST_PERSON && !actors.isEmpty()) {
            return "Déclaration de " + actors.get(0).name();
        }
        String first = firstSentence(paragraphs);
        if (actors.size() >= 2) {
            String f = Folding.fold(first);
            String others = String.join(" et ", actors.subList(1, actors.size()).stream().map(Actor::name).toList());
            if (f.contains("message") || f.contains("lettre")) {
                return actors.get(0).name() + " adresse un message à " + others;
            }
            String apostrophe = first.indexOf('\u2019') >= 0 ? "\u2019" : "'";
            return actors.get(0).name() + " s" + apostrophe + "entretient"
                    + (f.contains(Folding.fold("téléphon")) ? " au téléphone avec " : " avec ") + others;
        }
        return cut(first);
    }

    private static String firstSentence(List<List<String>> paragraphs) {
        for (List<String> p : paragraphs) {
            if (!p.isEmpty()) {
                return p.get(0);
            }
        }
        return "";
    }

    static String cut(String sentence) {
        String s = Whitespace.strip(sentence);
        if (s.length() <= MAX) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX);
        return TRAILING_PUNCTUATION.matcher(cut > 40 ? s.substring(0, cut) : s.substring(0, MAX)).replaceAll("") + "…";
    }
}
