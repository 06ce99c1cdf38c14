package org.pressarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    static final Path SEED = Path.of("seeds/000_c3a0a43d85b2b77a.txt");

    @TempDir
    Path tmp;

    private Path seedInput() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, in.resolve(SEED.getFileName()));
        return in;
    }

    @Test
    void buildsTheSeedAndPrintsASummary() throws IOException {
        Path in = seedInput();
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("build", "--input", in.toString(), "--output", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Built 1 release").contains("0 warnings");
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve(".nojekyll")).exists();
        assertThat(out.resolve("assets/site.css")).exists();
    }

    @Test
    void buildIsTheDefaultCommand() throws IOException {
        Path in = seedInput();
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("--input", in.toString(), "--output", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEmpty();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner r = CliRunner.run("build", "--no-such-option");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--no-such-option");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(CliRunner.run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpAndVersionSucceedEverywhere() {
        assertThat(CliRunner.run("--help").code()).isEqualTo(ExitCodes.OK);
        assertThat(CliRunner.run("--version").out()).startsWith("press-archive");
        CliRunner help = CliRunner.run("build", "--help");
        assertThat(help.code()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("--input", "--output", "--templates", "--base-url", "--config", "--strict");
        assertThat(CliRunner.run("parse", "--version").code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void missingInputIsAnIoErrorWithoutStackTrace() {
        CliRunner r = CliRunner.run("build", "--input", tmp.resolve("nope").toString(), "--output",
                tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("input folder not found").contains("nope").doesNotContain("\tat ");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void emptyInputIsInvalidContent() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("empty"));
        CliRunner r = CliRunner.run("build", "--input", in.toString(), "--output", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(r.err()).contains("no release");
    }

    @Test
    void strictFailsOnAnyWarningAndWritesNothing() throws IOException {
        Path in = seedInput();
        Files.write(in.resolve("blank.txt"), " \t\u00A0\n\n".getBytes(StandardCharsets.UTF_8));
        Path out = tmp.resolve("out");
        CliRunner lenient = CliRunner.run("build", "--input", in.toString(), "--output", out.toString());
        assertThat(lenient.code()).isEqualTo(ExitCodes.OK);
        assertThat(lenient.err()).contains("blank.txt").contains("only whitespace");
        byte[] before = Files.readAllBytes(out.resolve("index.html"));

        Files.write(in.resolve("blank2.txt"), "\n".getBytes(StandardCharsets.UTF_8));
        CliRunner strict = CliRunner.run("build", "--strict", "--input", in.toString(), "--output", out.toString());
        assertThat(strict.code()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(strict.err()).contains("--strict").contains("blank2.txt");
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(before);
    }

    @Test
    void foreignOutputFolderIsRefusedWithExitCode4() throws IOException {
        Path in = seedInput();
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("thesis.docx"), "precious");
        CliRunner r = CliRunner.run("build", "--input", in.toString(), "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("not created by press-archive");
        assertThat(Files.readString(out.resolve("thesis.docx"))).isEqualTo("precious");
        try (var s = Files.list(out)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @Test
    void unknownSiteConfigKeyIsInvalidContentNamingTheKey() throws IOException {
        Path in = seedInput();
        Path config = tmp.resolve("site.yaml");
        Files.writeString(config, "title: Archive\ncolour: blue\n");
        CliRunner r = CliRunner.run("build", "--input", in.toString(), "--output", tmp.resolve("out").toString(),
                "--config", config.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_CONTENT);
        assertThat(r.err()).contains("colour").contains("site.yaml:2");
    }

    @Test
    void verbosePrintsTheStackTraceOfAnError() {
        CliRunner r = CliRunner.run("build", "--verbose", "--input", tmp.resolve("nope").toString(), "--output",
                tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.IO);
        assertThat(r.err()).contains("input folder not found").contains("\tat ");
    }
}
