package org.pressarchive.parse;

import java.util.List;

import org.pressarchive.model.Kind;

/**
 * Who speaks a sentence and what kind of sentence it is; speakers are empty iff narration.
 *
 * @param speakers participant ids or reserved ids such as {@code journalist}
 * @param kind     narration, statement or action
 */
record Voice(List<String> speakers, Kind kind) {

    static final Voice NARRATION = new Voice(List.of(), Kind.NARRATION);

    Voice {
        speakers = List.copyOf(speakers);
        if (speakers.isEmpty() != (kind == Kind.NARRATION)) {
            speakers = List.of();
            kind = Kind.NARRATION;
        }
    }
}
