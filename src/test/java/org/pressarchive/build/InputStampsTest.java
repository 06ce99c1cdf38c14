package org.pressarchive.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputStampsTest {
    private static final byte[] TOOL = {1, 2, 3};

    @TempDir
    Path tmp;

    private static InputStamps recorded(InputStamps s, int n, int changed) {
        for (int i = 0; i < n; i++) {
            s.record("in/" + i + ".txt", 100 + i, i < changed ? 9_000 + i : 1_000 + i, "key" + i + (i < changed ? "b" : ""));
        }
        return s;
    }

    @Test
    void aWatchingBuildLeavesTheFileWhenOnlyAFewInputsChangedAndStillKnowsTheirStamps() throws Exception {
        Path file = tmp.resolve("inputs.tsv");
        InputStamps first = recorded(InputStamps.load(file, TOOL), 1000, 0);
        first.save();
        String saved = Files.readString(file);
        assertThat(saved).contains("in/5.txt\t105\t1005\tkey5");

        // the next build in the same process: two inputs edited
        InputStamps second = recorded(InputStamps.load(file, TOOL, first.memory()), 1000, 2);
        assertThat(second.key("in/5.txt", 105, 1005)).isEqualTo("key5");
        second.save(true);
        assertThat(Files.readString(file)).as("left as it was").isEqualTo(saved);

        // the build after it still knows the edited inputs' stamps (from memory, not the file)...
        InputStamps third = InputStamps.load(file, TOOL, second.memory());
        assertThat(third.key("in/1.txt", 101, 9_001)).isEqualTo("key1b");
        // ...and a new process reads the file: the two edited inputs are read and hashed again
        assertThat(InputStamps.load(file, TOOL).key("in/1.txt", 101, 9_001)).isNull();

        // many changes: written
        recorded(third, 1000, 500).save(true);
        assertThat(InputStamps.load(file, TOOL).key("in/400.txt", 500, 9_400)).isEqualTo("key400b");
    }

    @Test
    void anotherToolOrFileIgnoresTheMemory() throws Exception {
        Path file = tmp.resolve("inputs.tsv");
        InputStamps first = recorded(InputStamps.load(file, TOOL), 10, 0);
        first.save();
        assertThat(InputStamps.load(file, new byte[] {9}, first.memory()).key("in/1.txt", 101, 1001)).isNull();
        assertThat(InputStamps.load(tmp.resolve("other.tsv"), TOOL, first.memory()).key("in/1.txt", 101, 1001)).isNull();
    }
}
