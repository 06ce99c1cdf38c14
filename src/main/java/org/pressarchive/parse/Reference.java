package org.pressarchive.parse;

import java.util.List;

/**
 * What the subject of a sentence refers to.
 *
 * @param type what kind of reference it is
 * @param ids  participant ids, for {@link Type#PARTICIPANTS}
 */
record Reference(Type type, List<String> ids) {

    enum Type {
        /** One or more participants, resolved. */
        PARTICIPANTS,
        /** A person who is not a participant ({@code le président Xi Jinping} in a ministers' meeting). */
        OTHER_PERSON,
        /** No person: an impersonal subject ({@code L'amitié profonde …}). */
        NONE
    }

    Reference {
        ids = List.copyOf(ids);
    }

    static Reference of(List<String> ids) {
        return ids.isEmpty() ? none() : new Reference(Type.PARTICIPANTS, ids);
    }

    static Reference none() {
        return new Reference(Type.NONE, List.of());
    }

    static Reference other() {
        return new Reference(Type.OTHER_PERSON, List.of());
    }

    boolean resolved() {
        return type == Type.PARTICIPANTS;
    }
}
