package org.pressarchive.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Release;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.synth.SyntheticArchive;

/** Builds that reuse the cache beside the output give exactly what a clean build gives. */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    private Path archive(int n) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        SyntheticArchive synth = new SyntheticArchive(7);
        for (int i = 0; i < n; i++) {
            SyntheticArchive.GeneratedRelease r = synth.release(i);
            Files.writeString(in.resolve(r.fileName()), r.text(), StandardCharsets.UTF_8);
        }
        return in;
    }

    private static void build(Path in, Path out) throws Exception {
        SiteGeneratorTest.generator(SiteGenerator.standardOutputs()).build(BuildOptions.of(in, out), BuildListener.NONE);
    }

    @Test
    void anIncrementalBuildAfterEditsEqualsACleanBuildByteForByte() throws Exception {
        Path in = archive(40);
        Path out = tmp.resolve("site");
        build(in, out);
        assertThat(ParseCache.folderFor(out)).isDirectory();

        // edit one release, remove one, add one; the cache holds results of the old versions
        Path edited;
        try (Stream<Path> s = Files.list(in)) {
            edited = s.sorted().skip(5).findFirst().orElseThrow();
        }
        Files.writeString(edited, Files.readString(edited) + "Le texte a été complété lors de la mise à jour.\n",
                StandardCharsets.UTF_8);
        try (Stream<Path> s = Files.list(in)) {
            Files.delete(s.sorted().skip(9).findFirst().orElseThrow());
        }
        Files.writeString(in.resolve("zz-new.txt"), "Paris, le 3 mars 2024\n\nUn nouveau communiqué de presse.\n",
                StandardCharsets.UTF_8);
        build(in, out);

        Path clean = tmp.resolve("clean");
        build(in, clean);
        Map<String, byte[]> a = SiteGeneratorTest.tree(out);
        Map<String, byte[]> b = SiteGeneratorTest.tree(clean);
        assertThat(a.keySet()).isEqualTo(b.keySet());
        a.forEach((k, v) -> assertThat(v).as(k).isEqualTo(b.get(k)));
    }

    /**
     * The data file is spliced from the previous one after an edit; a previous data file damaged by
     * hand (same size, other bytes) is noticed by the parts' CRCs, and the result is still a clean
     * build's.
     */
    @Test
    void theDataFileSplicedFromThePreviousOneEqualsACleanBuildsEvenWhenItWasDamaged() throws Exception {
        Path in = archive(25);
        Path out = tmp.resolve("site");
        build(in, out);
        java.util.List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.sorted().toList();
        }
        Path data = out.resolve("data/communiques.json");
        for (int round = 0; round < 3; round++) {
            append(files.get(3 + 7 * round), "Le texte a été complété lors de la mise à jour numéro " + round + ".");
            if (round == 1) {
                byte[] bytes = Files.readAllBytes(data);
                int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"title\":\"") + 9;
                bytes[at] = (byte) (bytes[at] == 'X' ? 'Y' : 'X'); // a hand edit: same size, other bytes
                Files.write(data, bytes);
            }
            build(in, out);
            Path clean = tmp.resolve("clean-data-" + round);
            build(in, clean);
            assertThat(new String(Files.readAllBytes(data), StandardCharsets.UTF_8)).as("round " + round)
                    .isEqualTo(new String(Files.readAllBytes(clean.resolve("data/communiques.json")), StandardCharsets.UTF_8));
        }
    }

    /**
     * Rounds of random edits of every kind a page key must notice (text, dates that reorder the
     * neighbours, names that move a release between speakers and countries, a new acronym that
     * changes the theme vocabulary, translations added and edited, removals, additions): after
     * each round the incremental build equals a clean one, byte for byte.
     */
    @Test
    void roundsOfRandomEditsKeepIncrementalEqualToClean() throws Exception {
        roundsOfRandomEdits(null);
    }

    /**
     * The same rounds built by one generator that watches its output, as {@code build --watch} does
     * (it keeps the heads of its last build, and trusts the output files nobody touched).
     */
    @Test
    void roundsOfRandomEditsBuiltByOneWatchingGeneratorEqualClean() throws Exception {
        SiteGenerator watching = SiteGeneratorTest.generator(SiteGenerator.standardOutputs());
        try (AutoCloseable watch = watching.watch()) {
            roundsOfRandomEdits(watching);
        }
    }

    /**
     * A watching generator trusts the files nobody touched since its last build; whatever was
     * touched meanwhile is looked at again: a page edited by hand (same size), a stray file, a
     * deleted page, a data file damaged in place. After the next edit the output is a clean build's.
     */
    @Test
    void aWatchingGeneratorRepairsOutputFilesTouchedBetweenItsBuilds() throws Exception {
        Path in = archive(25);
        Path out = tmp.resolve("site");
        SiteGenerator watching = SiteGeneratorTest.generator(SiteGenerator.standardOutputs());
        java.util.List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.sorted().toList();
        }
        try (AutoCloseable watch = watching.watch()) {
            watching.build(BuildOptions.of(in, out), BuildListener.NONE);
            append(files.get(2), "Le texte a été complété une première fois.");
            watching.inputsChanged(java.util.Set.of(files.get(2)));
            watching.build(BuildOptions.of(in, out), BuildListener.NONE); // the first build that trusts
            for (int round = 0; round < 4; round++) {
                java.util.List<Path> pages;
                try (Stream<Path> s = Files.list(out.resolve("communiques"))) {
                    pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
                }
                switch (round) {
                    case 0 -> sameSizeEdit(pages.get(4));
                    case 1 -> {
                        Files.writeString(out.resolve("communiques/stray.html"), "stray", StandardCharsets.UTF_8);
                        Files.delete(pages.get(7));
                    }
                    case 2 -> sameSizeEdit(out.resolve("data/communiques.json"));
                    default -> {
                        sameSizeEdit(out.resolve("index.html"));
                        try (Stream<Path> s = Files.list(out.resolve("search/fr/t"))) {
                            Files.delete(s.sorted().findFirst().orElseThrow());
                        }
                    }
                }
                append(files.get(5 + round), "Le texte a été complété lors de la mise à jour numéro " + round + ".");
                watching.inputsChanged(java.util.Set.of(files.get(5 + round)));
                watching.build(BuildOptions.of(in, out), BuildListener.NONE);
                assertSameAsCleanBuild(in, out, "round " + round);
            }
        }
    }

    /** Builds {@code in} clean into a new folder and checks that {@code out} holds the same files, byte for byte. */
    private void assertSameAsCleanBuild(Path in, Path out, String label) throws Exception {
        Path clean = tmp.resolve("clean-" + label.replace(' ', '-'));
        build(in, clean);
        Map<String, byte[]> got = SiteGeneratorTest.tree(out);
        Map<String, byte[]> want = SiteGeneratorTest.tree(clean);
        assertThat(got.keySet()).as(label).isEqualTo(want.keySet());
        got.forEach((k, v) -> assertThat(new String(v, StandardCharsets.UTF_8)).as(label + ": " + k)
                .isEqualTo(new String(want.get(k), StandardCharsets.UTF_8)));
    }

    /** Changes one byte of a file in place: same size, another modification time. */
    private static void sameSizeEdit(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        int at = bytes.length / 2;
        while (bytes[at] < 'a' || bytes[at] > 'z') {
            at++;
        }
        bytes[at] = (byte) (bytes[at] == 'x' ? 'y' : 'x');
        Files.write(f, bytes);
    }

    /** What a perfect watch of the input folder reports: the files created, changed or deleted since the last look. */
    private static final class InputChanges {
        private final Path dir;
        private Map<Path, String> seen;

        InputChanges(Path dir) throws IOException {
            this.dir = dir;
            this.seen = snapshot();
        }

        java.util.Set<Path> since() throws IOException {
            Map<Path, String> now = snapshot();
            java.util.Set<Path> changed = new java.util.HashSet<>();
            for (Path p : now.keySet()) {
                if (!now.get(p).equals(seen.get(p))) {
                    changed.add(p);
                }
            }
            for (Path p : seen.keySet()) {
                if (!now.containsKey(p)) {
                    changed.add(p);
                }
            }
            seen = now;
            return changed;
        }

        private Map<Path, String> snapshot() throws IOException {
            Map<Path, String> files = new java.util.HashMap<>();
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    files.put(p, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            return files;
        }
    }

    private void roundsOfRandomEdits(SiteGenerator watching) throws Exception {
        Path in = archive(30);
        Path out = tmp.resolve("site");
        InputChanges inputs = watching == null ? null : new InputChanges(in);
        if (watching != null) {
            watching.build(BuildOptions.of(in, out), BuildListener.NONE);
        } else {
            build(in, out);
        }
        java.util.Random random = new java.util.Random(11);
        SyntheticArchive extra = new SyntheticArchive(99);
        for (int round = 0; round < 6; round++) {
            java.util.List<Path> files;
            try (Stream<Path> s = Files.list(in)) {
                files = s.filter(f -> !f.getFileName().toString().contains(".en.")).sorted().toList();
            }
            Path a = files.get(random.nextInt(files.size()));
            Path b = files.get(random.nextInt(files.size()));
            Path c = files.get(random.nextInt(files.size()));
            switch (round) {
                case 0 -> {
                    append(a, "L'Agence de coopération expérimentale (ACEX) a été saluée par les deux parties.");
                    replaceFirstYear(b);
                }
                case 1 -> {
                    Files.writeString(in.resolve(base(c) + ".en.txt"), english(c), StandardCharsets.UTF_8);
                    Files.writeString(a, Files.readString(a).replaceFirst("a déclaré", "a souligné"), StandardCharsets.UTF_8);
                }
                case 2 -> {
                    try (Stream<Path> s = Files.list(in)) {
                        for (Path t : s.filter(f -> f.getFileName().toString().contains(".en.")).toList()) {
                            append(t, "An added sentence.");
                        }
                    }
                    Files.delete(b);
                    SyntheticArchive.GeneratedRelease r = extra.release(round);
                    Files.writeString(in.resolve("new-" + r.fileName()), r.text(), StandardCharsets.UTF_8);
                }
                case 3 -> {
                    String text = Files.readString(a);
                    int space = text.indexOf(' ', text.indexOf(',') + 2);
                    Files.writeString(a, text.substring(0, space) + " Karimova" + text.substring(space),
                            StandardCharsets.UTF_8);
                    replaceFirstYear(c);
                }
                case 5 -> {
                    // narration only, no theme named: the lists, and a watching build's site index, stay as they are
                    append(a, "La réunion s'est tenue dans une atmosphère cordiale.");
                    append(c, "Les entretiens se sont achevés en fin de journée.");
                }
                default -> {
                    // words of statements change, the heads do not: lists keyed on what they show
                    // (statements, theme mentions) must still be rendered again
                    for (Path f : files) {
                        Files.writeString(f, Files.readString(f).replace("restait une priorité", "demeurait une priorité"),
                                StandardCharsets.UTF_8);
                    }
                    // a new mention of a known theme in narration: the theme's page lists it now
                    append(c, "La réunion s'est tenue dans une atmosphère cordiale, en marge d'une session des Nations unies.");
                }
            }
            if (watching != null) {
                watching.inputsChanged(inputs.since());
                watching.build(BuildOptions.of(in, out), BuildListener.NONE);
            } else {
                build(in, out);
            }
            assertSameAsCleanBuild(in, out, "round " + round);
        }
    }

    /** Lists longer than a page (speaker, theme, country) are keyed page by page: edits that move items between pages. */
    @Test
    void editsOfLongPaginatedListsKeepIncrementalEqualToClean() throws Exception {
        Path in = tmp.resolve("long");
        Files.createDirectories(in);
        for (int i = 0; i < 130; i++) {
            Files.writeString(in.resolve(String.format("r%03d.txt", i)), release(i, ""), StandardCharsets.UTF_8);
        }
        Path out = tmp.resolve("long-site");
        build(in, out);
        String[][] rounds = {
            {"50", "Wang Yi a ajouté que la paix reste essentielle."},
            {"7", "DATE"},
            {"90", "DELETE"},
        };
        for (String[] round : rounds) {
            int i = Integer.parseInt(round[0]);
            Path f = in.resolve(String.format("r%03d.txt", i));
            switch (round[1]) {
                case "DELETE" -> Files.delete(f);
                case "DATE" -> Files.writeString(f, release(i, "").replace("2024", "2023"), StandardCharsets.UTF_8);
                default -> Files.writeString(f, release(i, round[1]), StandardCharsets.UTF_8);
            }
            build(in, out);
            Path clean = tmp.resolve("long-clean-" + i);
            build(in, clean);
            Map<String, byte[]> got = SiteGeneratorTest.tree(out);
            Map<String, byte[]> want = SiteGeneratorTest.tree(clean);
            assertThat(got.keySet()).isEqualTo(want.keySet());
            assertThat(got.keySet()).as("the lists are paginated").contains("intervenants/wang-yi-2.html");
            got.forEach((k, v) -> assertThat(new String(v, StandardCharsets.UTF_8)).as(round[1] + ": " + k)
                    .isEqualTo(new String(want.get(k), StandardCharsets.UTF_8)));
        }
    }

    private static String release(int i, String extra) {
        return String.format("Le %d mars 2024, Wang Yi, ministre des Affaires étrangères de la Chine, s'est entretenu "
                + "à Beijing avec Jean Dupont%d, ministre des Affaires étrangères de la France.%n"
                + "Wang Yi a déclaré que l'Organisation mondiale du commerce (OMC) doit rester au centre. %s%n",
                1 + i % 28, i, extra);
    }

    private static void append(Path f, String paragraph) throws IOException {
        Files.writeString(f, Files.readString(f).stripTrailing() + "\n" + paragraph + "\n", StandardCharsets.UTF_8);
    }

    private static void replaceFirstYear(Path f) throws IOException {
        Files.writeString(f, Files.readString(f).replaceFirst("(19|20)\\d\\d", "1999"), StandardCharsets.UTF_8);
    }

    private static String base(Path f) {
        String name = f.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** A stand-in translation: as many paragraphs as the original, one sentence each. */
    private static String english(Path original) throws IOException {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String line : Files.readAllLines(original, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                sb.append("Paragraph ").append(++n).append(" in English.\n");
            }
        }
        return sb.toString();
    }

    @Test
    void unchangedFilesKeepTheirModificationTimeAndChangedOnesAreRewritten() throws Exception {
        Path in = archive(20);
        Path out = tmp.resolve("site");
        build(in, out);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
        Path edited;
        try (Stream<Path> s = Files.list(in)) {
            edited = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(edited, Files.readString(edited) + "Un paragraphe ajouté.\n", StandardCharsets.UTF_8);
        build(in, out);
        long touched = 0;
        long kept = 0;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(f).equals(old)) {
                    kept++;
                } else {
                    touched++;
                }
            }
        }
        assertThat(touched).isPositive();
        assertThat(kept).isGreaterThan(touched);
    }

    @Test
    void aCachedParseGivesTheSameModelAsAFreshParse() throws Exception {
        Path in = archive(10);
        Path out = tmp.resolve("site");
        ParseCache cache = ParseCache.open(out);
        SourceReader reader = SourceReader.standard();
        FrenchReleaseParser parser = FrenchReleaseParser.standard();
        try (Stream<Path> s = Files.list(in)) {
            for (Path f : s.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                Release fresh = parser.parse(reader.read("in/" + f.getFileName(), f.getFileName().toString(), bytes));
                String key = cache.key("in/" + f.getFileName(), f.getFileName().toString(), bytes);
                assertThat(cache.get(key)).isEmpty();
                cache.put(key, new ParseCache.Entry(fresh, java.util.List.of()));
                assertThat(cache.get(key).orElseThrow().release()).isEqualTo(fresh);
            }
        }
    }

    @Test
    void aHandEditedOutputFileIsRenderedAgainNotReused() throws Exception {
        Path in = archive(10);
        Path out = tmp.resolve("site");
        build(in, out);
        Path page;
        try (Stream<Path> s = Files.list(out.resolve("communiques"))) {
            page = s.filter(p -> p.toString().endsWith(".html")).sorted().findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(page);
        Files.writeString(page, "hand edit", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("index.html"), "hand edit", StandardCharsets.UTF_8);
        build(in, out);
        assertThat(Files.readAllBytes(page)).isEqualTo(good);
        Path clean = tmp.resolve("clean");
        build(in, clean);
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(Files.readAllBytes(clean.resolve("index.html")));
        assertThat(ParseCache.folderFor(out).resolve("outputs.tsv")).isRegularFile();
    }
}
