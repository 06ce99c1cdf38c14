package org.pressarchive.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Computes {@link SearchIndexBuilder#update}. */
final class IndexUpdater {
    IndexUpdater(SearchIndexBuilder builder, FrenchAnalysis analysis, String lang, List<SearchDocument> docs,
                 Map<Integer, AnalysedDocument> analyses, Set<Integer> changed, List<String> hrefPattern,
                 Function<String, byte[]> previous) {
    }

    Optional<IndexUpdate> run() {
        return Optional.empty();
    }
}
