package org.pressarchive.parse;

/**
 * A person's name found in a sentence, without honorific.
 *
 * @param start  offset of the name in the sentence
 * @param end    offset after the name
 * @param name   the name as written (spelling and case of the text)
 * @param from   offset of the honorific before the name, or {@code start}
 * @param gender gender shown by the honorific, if any
 */
record NameSpan(int start, int end, String name, int from, Gender gender) {
    boolean honorific() {
        return from < start;
    }
}
