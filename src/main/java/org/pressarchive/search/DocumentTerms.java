package org.pressarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analysed terms of one document: for each term, where it occurs. Unit 0 is the title, unit
 * {@code i ≥ 1} is paragraph {@code i - 1}; the speaker field (participant names and countries) only
 * sets a flag.
 */
final class DocumentTerms {
    /** Where one term occurs in one document. {@code units} ascending; {@code positions.get(k)} are in {@code units.get(k)}. */
    static final class Occurrences {
        boolean speaker;
        final List<Integer> units = new ArrayList<>();
        final List<List<Integer>> positions = new ArrayList<>();

        void add(int unit, int position) {
            if (units.isEmpty() || units.get(units.size() - 1).intValue() != unit) {
                units.add(unit);
                positions.add(new ArrayList<>());
            }
            positions.get(positions.size() - 1).add(position);
        }

        /** Occurrences in the paragraphs (not the title). */
        int bodyFrequency() {
            int tf = 0;
            for (int k = 0; k < units.size(); k++) {
                if (units.get(k) > 0) {
                    tf += positions.get(k).size();
                }
            }
            return tf;
        }
    }

    private DocumentTerms() {
    }

    static Map<String, Occurrences> of(SearchDocument doc, FrenchAnalysis analysis) {
        Map<String, Occurrences> terms = new TreeMap<>();
        addUnit(terms, 0, doc.title(), analysis);
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            addUnit(terms, i + 1, doc.paragraphs().get(i), analysis);
        }
        StringBuilder speakerField = new StringBuilder();
        doc.speakers().forEach(s -> speakerField.append(s.name()).append(" \n "));
        doc.countries().forEach(c -> speakerField.append(c).append(" \n "));
        for (String term : analysis.terms(speakerField.toString())) {
            terms.computeIfAbsent(term, t -> new Occurrences()).speaker = true;
        }
        return terms;
    }

    private static void addUnit(Map<String, Occurrences> terms, int unit, String text, FrenchAnalysis analysis) {
        if (text == null) {
            return;
        }
        for (FrenchAnalysis.Token t : analysis.analyze(text)) {
            terms.computeIfAbsent(t.term(), k -> new Occurrences()).add(unit, t.position());
        }
    }
}
