package org.pressarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ParseCommandTest {
    static final Path SEED = Path.of("seeds/000_c3a0a43d85b2b77a.txt");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void oneFilePrintsOneObjectWithTheDocumentedKeysInOrder() {
        CliRunner r = CliRunner.run("parse", SEED.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode release = JSON.readTree(r.out());
        assertThat(release.isObject()).isTrue();
        assertThat(List.copyOf(release.propertyNames())).containsExactly("id", "source", "lang", "date", "location",
                "title", "participants", "paragraphs", "warnings");
        assertThat(release.get("date").asString()).isEqualTo("2025-10-28");
        assertThat(release.get("location").asString()).isEqualTo("Beijing");
        JsonNode p = release.get("paragraphs").get(1);
        assertThat(List.copyOf(p.propertyNames())).containsExactly("id", "index", "text", "sentences", "segments");
        assertThat(List.copyOf(p.get("sentences").get(0).propertyNames()))
                .containsExactly("id", "start", "end", "text", "speakers", "kind");
        assertThat(List.copyOf(p.get("segments").get(0).propertyNames()))
                .containsExactly("id", "speakers", "kind", "sentences");
        assertThat(r.out()).doesNotContain("\n  ");
    }

    @Test
    void prettyIndents() {
        assertThat(CliRunner.run("parse", "--pretty", SEED.toString()).out()).contains("\n  \"id\" : ");
    }

    @Test
    void severalFilesOrAFolderPrintAnArray() throws IOException {
        Path other = tmp.resolve("b.txt");
        Files.writeString(other, "Le 3 mai 2024, le porte-parole a tenu une conférence de presse.\n");
        JsonNode two = JSON.readTree(CliRunner.run("parse", SEED.toString(), other.toString()).out());
        assertThat(two.isArray()).isTrue();
        assertThat(two.size()).isEqualTo(2);
        Files.copy(SEED, tmp.resolve("a.txt"));
        JsonNode folder = JSON.readTree(CliRunner.run("parse", tmp.toString()).out());
        assertThat(folder.isArray()).isTrue();
        assertThat(folder.size()).isEqualTo(2);
    }

    @Test
    void warningsGoToStderrWithFileAndLineAndFailOnlyUnderStrict() throws IOException {
        Path undated = tmp.resolve("undated.txt");
        Files.writeString(undated, "Titre\nLe 3 mai, le ministre a reçu son homologue.\n");
        CliRunner lenient = CliRunner.run("parse", undated.toString());
        assertThat(lenient.code()).isEqualTo(ExitCodes.OK);
        assertThat(lenient.err()).containsPattern("undated\\.txt:\\d+: ");
        JsonNode release = JSON.readTree(lenient.out());
        assertThat(release.get("date").isNull()).isTrue();
        assertThat(release.get("warnings").size()).isPositive();
        assertThat(CliRunner.run("parse", "--strict", undated.toString()).code()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(CliRunner.run("parse", "--strict", SEED.toString()).code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aBadFileIsReportedAndAMissingOneIsAnIoError() throws IOException {
        Path binary = tmp.resolve("bin.txt");
        Files.write(binary, new byte[] {1, 0, 2, 0});
        CliRunner bad = CliRunner.run("parse", binary.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.OK);
        assertThat(bad.err()).contains("bin.txt").contains("binary");
        CliRunner missing = CliRunner.run("parse", tmp.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.IO);
        assertThat(missing.err()).contains("nope.txt");
        assertThat(CliRunner.run("parse").code()).isEqualTo(ExitCodes.USAGE);
    }
}
