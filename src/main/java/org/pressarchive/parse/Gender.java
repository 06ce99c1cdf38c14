package org.pressarchive.parse;

/** Grammatical gender of a person as the text shows it (honorific, pronoun, agreement). */
enum Gender {
    MASCULINE, FEMININE, UNKNOWN;

    /** True when a pronoun of gender {@code g} may refer to a person of this gender. */
    boolean admits(Gender g) {
        return this == UNKNOWN || g == UNKNOWN || this == g;
    }

    Gender or(Gender other) {
        return this == UNKNOWN ? other : this;
    }
}
