package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits text into word {@link Token}s: letters, digits and inner hyphens; an apostrophe ends an elided word. */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        String folded = Folding.fold(text);
        List<Token> tokens = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = folded.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if (c == '-' && i + 1 < n && isWordChar(folded.charAt(i + 1))) {
                    i++;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    break;
                }
            }
            tokens.add(new Token(folded.substring(start, i), start, i));
        }
        return tokens;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '°';
    }
}
