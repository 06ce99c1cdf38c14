package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pressarchive.model.Whitespace;

/**
 * Cuts a paragraph into sentences following the rules of ATTRIBUTION.md.
 *
 * <p>A sentence ends at {@code .}, {@code ?}, {@code !} or {@code …} (with any closing {@code »},
 * {@code "}, {@code ”} or {@code )} that follows) when whitespace follows and the next sentence
 * starts with an upper-case letter, a digit, {@code «}, {@code "}, {@code “}, {@code (} or
 * {@code [}. Abbreviations such as {@code M.}, single initials, dotted acronyms and a
 * paragraph-initial enumerator never end a sentence; colons and semicolons never do.
 *
 * <p>The result is lossless: spans are trimmed of whitespace, and the text between two spans is
 * whitespace only. The splitter runs in linear time and never throws.
 */
public final class SentenceSplitter {

    /** Words that, followed by a period, never end a sentence (compared lower-case). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "etc",
            "art", "cf", "p", "pp", "vol", "no", "n°", "réf", "tél", "av", "apr", "env", "éd", "ch", "cie");

    /**
     * Splits {@code text} into sentence spans, in order. Returns an empty list when the text is
     * blank.
     */
    public List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int start = skipSpaces(text, 0);
        int i = start;
        if (start < n) {
            i = skipEnumerator(text, start);
        }
        while (i < n) {
            char c = text.charAt(i);
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < n && isTerminal(text.charAt(runEnd))) {
                runEnd++;
            }
            int end = extendOverClosers(text, runEnd);
            int next = skipSpaces(text, end);
            boolean boundary = end < n && next > end && next < n && startsSentence(text, next)
                    && !(c == '.' && runEnd == i + 1 && isAbbreviation(text, i));
            if (boundary) {
                spans.add(new Span(start, end));
                start = next;
                i = next;
            } else {
                i = runEnd;
            }
        }
        if (start < n) {
            int end = n;
            while (end > start && Whitespace.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Whitespace.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Skips a paragraph-initial enumerator such as {@code 1. } or {@code IV. }. */
    private static int skipEnumerator(String text, int start) {
        int i = start;
        while (i < text.length() && i - start < 4 && (Character.isDigit(text.charAt(i)) || "IVXL".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i > start && i + 1 < text.length() && text.charAt(i) == '.' && Whitespace.isSpace(text.charAt(i + 1))) {
            return i + 1;
        }
        return start;
    }

    /**
     * Moves past closing quotes and parentheses after a terminal run: a closer touching the
     * punctuation, or a {@code »}/{@code ”} after spaces (French typography puts a space before
     * {@code »}).
     */
    private static int extendOverClosers(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '»' || c == '”' || c == '"' || c == ')' || c == '’') {
                i++;
                continue;
            }
            int j = skipSpaces(text, i);
            if (j > i && j < n && (text.charAt(j) == '»' || text.charAt(j) == '”')) {
                i = j + 1;
                continue;
            }
            return i;
        }
        return i;
    }

    private static boolean startsSentence(String text, int i) {
        int cp = text.codePointAt(i);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)
                || cp == '«' || cp == '"' || cp == '“' || cp == '(' || cp == '[';
    }

    /**
     * True when the period at {@code dot} closes an abbreviation: a listed word, a single capital
     * initial ({@code J.}) or a dotted acronym ({@code P.C.C.}, {@code S.E.}).
     */
    private static boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && !Whitespace.isSpace(text.charAt(b - 1)) && text.charAt(b - 1) != '(' && text.charAt(b - 1) != '«'
                && text.charAt(b - 1) != '"' && text.charAt(b - 1) != '“') {
            b--;
        }
        String token = text.substring(b, dot);
        int apostrophe = Math.max(token.lastIndexOf('\''), token.lastIndexOf('’'));
        token = token.substring(apostrophe + 1);
        if (token.isEmpty()) {
            return false;
        }
        if (token.indexOf('.') >= 0) {
            return isDottedAcronym(token);
        }
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** {@code P.C.C}, {@code S.E}, {@code J.-C}: letters of one or two characters separated by dots. */
    private static boolean isDottedAcronym(String token) {
        for (String part : token.split("\\.", -1)) {
            String p = part.startsWith("-") ? part.substring(1) : part;
            if (p.isEmpty() || p.length() > 2 || !Character.isLetter(p.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
