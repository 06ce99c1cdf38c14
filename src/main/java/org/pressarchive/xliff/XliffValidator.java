package org.pressarchive.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pressarchive.model.Paragraph;
import org.pressarchive.model.Release;
import org.pressarchive.model.Sentence;

/**
 * Checks one translated {@code <file>} against the current parse of its original and, when it is
 * clean, assembles the translation: one paragraph per unit, the targets of its segments (in the
 * original's sentence order) joined by single spaces. Errors: unknown or duplicate unit or segment
 * ids, units or segments of the original missing from the file, a source that differs from the
 * original sentence, a missing or empty target. Pure function: no I/O.
 */
public final class XliffValidator {

    /** The problems found and, when there are none, the translated paragraphs in order. */
    public record Result(List<XliffProblem> problems, List<String> paragraphs) {
        public Result {
            problems = List.copyOf(problems);
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public Result validate(XliffFile file, Release original) {
        List<XliffProblem> problems = new ArrayList<>();
        Map<String, Paragraph> paragraphs = new LinkedHashMap<>();
        original.paragraphs().forEach(p -> paragraphs.put(p.id(), p));
        Map<String, Map<String, String>> targets = new HashMap<>();
        for (XliffUnit u : file.units()) {
            if (u.id() == null) {
                continue; // reported by the reader
            }
            Paragraph p = paragraphs.get(u.id());
            if (p == null) {
                problems.add(new XliffProblem(u.line(), u.id(), "unknown unit id: the original " + original.source()
                        + " has units " + range(paragraphs.keySet()) + " (was the original changed since export?)"));
                continue;
            }
            if (targets.containsKey(u.id())) {
                problems.add(new XliffProblem(u.line(), u.id(), "the unit appears twice"));
                continue;
            }
            targets.put(u.id(), unit(u, p, problems));
        }
        for (Paragraph p : original.paragraphs()) {
            if (!targets.containsKey(p.id())) {
                problems.add(new XliffProblem(file.line(), p.id(), "missing: the original has this paragraph but the file has no such unit"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(problems, List.of());
        }
        List<String> out = new ArrayList<>();
        for (Paragraph p : original.paragraphs()) {
            Map<String, String> t = targets.get(p.id());
            List<String> parts = new ArrayList<>();
            for (Sentence s : p.sentences()) {
                parts.add(t.get(s.id()));
            }
            out.add(String.join(" ", parts));
        }
        return new Result(problems, out);
    }

    /** Checks a unit's segments; returns sentence id → normalised target. */
    private static Map<String, String> unit(XliffUnit u, Paragraph p, List<XliffProblem> problems) {
        Map<String, Sentence> sentences = new LinkedHashMap<>();
        p.sentences().forEach(s -> sentences.put(s.id(), s));
        Map<String, String> targets = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (XliffSegment seg : u.segments()) {
            if (seg.id() == null || !seen.add(seg.id())) {
                continue; // reported by the reader
            }
            Sentence s = sentences.get(seg.id());
            if (s == null) {
                problems.add(new XliffProblem(seg.line(), u.id(), "unknown segment id " + seg.id()
                        + ": the original paragraph has " + range(sentences.keySet())));
                continue;
            }
            if (seg.source() == null) {
                problems.add(new XliffProblem(seg.line(), u.id(), "segment " + seg.id() + " has no <source>"));
            } else if (!XliffText.normalize(seg.source()).equals(XliffText.normalize(s.text()))) {
                problems.add(new XliffProblem(seg.line(), u.id(), "segment " + seg.id()
                        + ": the source text differs from the current original (\"" + XliffReader.snippet(XliffText.normalize(seg.source()))
                        + "\" here, \"" + XliffReader.snippet(XliffText.normalize(s.text())) + "\" in "
                        + "the original): export again and carry the translation over"));
            }
            if (seg.target() == null) {
                problems.add(new XliffProblem(seg.line(), u.id(), "segment " + seg.id() + " has no <target>"));
            } else {
                String target = XliffText.normalize(seg.target());
                if (target.isEmpty()) {
                    problems.add(new XliffProblem(seg.targetLine(), u.id(), "segment " + seg.id() + " has an empty <target>"));
                } else {
                    targets.put(seg.id(), target);
                }
            }
        }
        for (String id : sentences.keySet()) {
            if (!seen.contains(id)) {
                problems.add(new XliffProblem(u.line(), u.id(), "segment " + id
                        + " of the original is missing from the unit"));
            }
        }
        return targets;
    }

    private static String range(Set<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        List<String> list = List.copyOf(ids);
        return list.size() == 1 ? list.get(0) : list.get(0) + "–" + list.get(list.size() - 1);
    }
}
