package org.pressarchive.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.pressarchive.build.BuildListener;
import org.pressarchive.build.BuildOptions;
import org.pressarchive.build.SiteGenerator;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.parse.FrenchReleaseParser;

/**
 * A small archive for search tests, built through the real pipeline: three Markdown releases with
 * front matter (dates, participants with countries) and one plain-text release without either.
 */
final class TestArchive {
    static final String WANG_KOSHERBAYEV = "2025-10-28-wang-yi-yermek-kosherbayev-2";
    static final String WANG_BAERBOCK = "2024-05-10-wang-yi-annalena-baerbock";
    static final String QIN_COLONNA = "2023-03-02-qin-gang-catherine-colonna";
    static final String SEED = "2025-10-28-wang-yi-yermek-kosherbayev";

    private TestArchive() {
    }

    /** Writes the sources under {@code dir/input} and builds the site into {@code dir/site}. */
    static Path build(Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        write(input.resolve("kosherbayev.md"), """
                ---
                title: Wang Yi s'entretient avec Yermek Kosherbayev
                date: 2025-10-28
                location: Beijing
                participants:
                  - name: Wang Yi
                    role: ministre des Affaires étrangères
                    country: Chine
                  - name: Yermek Kosherbayev
                    role: ministre des Affaires étrangères
                    country: Kazakhstan
                ---
                Le 28 octobre 2025, Wang Yi s’est entretenu à Beijing avec Yermek Kosherbayev.

                Wang Yi a déclaré que le partenariat stratégique global permanent entre la Chine et le Kazakhstan ouvre la voie à une coopération mutuellement bénéfique.

                L’amitié sino-kazakhe est profonde ; les deux parties ont échangé leurs vues sur les questions régionales.
                """);
        write(input.resolve("baerbock.md"), """
                ---
                title: Entretien téléphonique entre Wang Yi et Annalena Baerbock
                date: 2024-05-10
                participants:
                  - name: Wang Yi
                    country: Chine
                  - name: Annalena Baerbock
                    role: ministre fédérale des Affaires étrangères
                    country: Allemagne
                ---
                Wang Yi s’est entretenu au téléphone avec Annalena Baerbock.

                Les deux ministres souhaitent œuvrer ensemble au développement des coopérations économiques et des relations sino-allemandes.
                """);
        write(input.resolve("colonna.md"), """
                ---
                title: Qin Gang rencontre Catherine Colonna
                date: 2023-03-02
                participants:
                  - name: Qin Gang
                    country: Chine
                  - name: Catherine Colonna
                    country: France
                ---
                Qin Gang a rencontré Catherine Colonna à Paris.

                Les deux parties sont convenues d’une coopération renforcée dans l’aéronautique et l’énergie.
                """);
        try (InputStream seed = Files.newInputStream(Path.of("seeds/000_c3a0a43d85b2b77a.txt"))) {
            Files.write(input.resolve("000_c3a0a43d85b2b77a.txt"), seed.readAllBytes());
        }
        Path site = dir.resolve("site");
        new SiteGenerator(FrenchReleaseParser.standard(), SourceReader.standard(),
                Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), SiteGenerator.standardOutputs())
                .build(BuildOptions.of(input, site), BuildListener.NONE);
        return site;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
