package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;

import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.Sentence;

/** A plain-text dump of a parsed release, one line per fact, for spec files and failure messages. */
final class ReleaseDump {
    private ReleaseDump() {
    }

    static List<String> lines(Release r) {
        List<String> out = new ArrayList<>();
        out.add("date: " + r.date());
        out.add("location: " + r.location());
        for (Participant p : r.participants()) {
            out.add("participant: " + p.id() + " | " + p.name() + " | " + p.role() + " | " + p.country());
        }
        r.warnings().forEach(w -> out.add("warning: line " + w.line() + ": " + w.message()));
        for (Paragraph p : r.paragraphs()) {
            for (Sentence s : p.sentences()) {
                out.add(s.id() + " [" + String.join(",", s.speakers()) + "] " + s.kind().code() + " | " + s.text());
            }
        }
        return out;
    }
}
