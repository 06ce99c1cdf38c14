package org.pressarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The primitive helpers of the analysis and of the pair index agree with the plain collections. */
class AnalysedDocumentTest {
    @Test
    void sortedRanksFollowStringOrder() {
        Random random = new Random(7);
        // Shared prefixes longer than the sort key, characters past 255 (capped in the key), empty terms.
        char[] alphabet = {'a', 'b', 'e', 'z', '0', '\'', 'é', 'ÿ', 'œ', '\u2019', '\u4e2d', '\uffff'};
        for (int round = 0; round < 200; round++) {
            Set<String> distinct = new LinkedHashSet<>();
            int n = random.nextInt(300);
            while (distinct.size() < n) {
                StringBuilder sb = new StringBuilder(random.nextBoolean() ? "coopera" : "");
                for (int i = random.nextInt(10); i > 0; i--) {
                    sb.append(alphabet[random.nextInt(alphabet.length)]);
                }
                distinct.add(sb.toString());
            }
            String[] terms = distinct.toArray(String[]::new);
            int[] rank = AnalysedDocument.sortedRanks(terms);
            String[] byRank = new String[terms.length];
            for (int i = 0; i < terms.length; i++) {
                byRank[rank[i]] = terms[i];
            }
            String[] expected = terms.clone();
            Arrays.sort(expected);
            assertThat(byRank).containsExactly(expected);
        }
    }

    @Test
    void longSetListsEachKeyOnceAndEmpties() {
        Random random = new Random(11);
        SearchIndexBuilder.LongSet set = new SearchIndexBuilder.LongSet();
        for (int round = 0; round < 50; round++) {
            Set<Long> expected = new HashSet<>();
            int n = random.nextInt(round % 5 == 0 ? 5000 : 100);
            for (int i = 0; i < n; i++) {
                long key = random.nextInt(round % 2 == 0 ? 50 : 1 << 30) * 16L + random.nextInt(4);
                set.add(key);
                expected.add(key);
            }
            long[] keys = set.toArray();
            assertThat(keys).hasSize(expected.size());
            assertThat(Arrays.stream(keys).boxed().toList()).containsExactlyInAnyOrderElementsOf(expected);
            set.clear();
            assertThat(set.toArray()).isEmpty();
        }
    }
}
