package org.pressarchive.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.Sentence;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Measures the parser against the hand-annotated releases of {@code src/test/resources/fixtures}
 * ({@code NAME.txt} + {@code NAME.json}): sentence boundaries, speakers, kinds, dates and
 * locations. Prints the figures and every disagreement; fails under 95 % speaker accuracy.
 */
class FixtureAccuracyTest {

    private static final Path DIR = Path.of("src/test/resources/fixtures");

    private int sentences;
    private int boundaries;
    private int speakers;
    private int kinds;
    private int releases;
    private int dates;
    private int locations;
    private int people;
    private int peopleRight;
    private final java.util.Map<String, int[]> byGroup = new java.util.TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    @Test
    void accuracyOverAnnotatedFixtures() throws IOException {
        FrenchReleaseParser parser = FrenchReleaseParser.standard();
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path annotation : files) {
            JsonNode gold = mapper.readTree(annotation.toFile());
            String file = gold.get("file").asString();
            String text = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
            score(gold, parser.parse("fixtures/" + file, text));
        }
        double speakerAccuracy = 100.0 * speakers / sentences;
        System.out.printf("fixtures: %d releases, %d sentences%n", releases, sentences);
        System.out.printf("boundaries %.1f %%, speakers %.1f %%, kinds %.1f %%, dates %d/%d, locations %d/%d%n",
                100.0 * boundaries / sentences, speakerAccuracy, 100.0 * kinds / sentences, dates, releases, locations,
                releases);
        System.out.printf("participants %d/%d (name, role and country all right)%n", peopleRight, people);
        byGroup.forEach((g, n) -> System.out.printf("  group %s: %d sentences, boundaries %.1f %%, speakers %.1f %%, kinds %.1f %%%n",
                g, n[0], 100.0 * n[1] / n[0], 100.0 * n[2] / n[0], 100.0 * n[3] / n[0]));
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(releases).isGreaterThanOrEqualTo(10);
        assertThat(speakerAccuracy).as("speaker accuracy").isGreaterThanOrEqualTo(95.0);
    }

    private void score(JsonNode gold, Release release) {
        releases++;
        String file = gold.get("file").asString();
        String date = gold.get("date").isNull() ? null : gold.get("date").asString();
        if (Objects.equals(date, release.date() == null ? null : release.date().toString())) {
            dates++;
        } else {
            misses.add(file + " date " + release.date() + " instead of " + date);
        }
        String location = gold.get("location").isNull() ? null : gold.get("location").asString();
        if (Objects.equals(location, release.location())) {
            locations++;
        } else {
            misses.add(file + " location " + release.location() + " instead of " + location);
        }
        int[] group = byGroup.computeIfAbsent(file.substring(0, 1), k -> new int[4]);
        int[] before = {sentences, boundaries, speakers, kinds};
        scoreParticipants(file, gold, release);
        for (JsonNode p : gold.get("paragraphs")) {
            int index = p.get("index").asInt();
            List<Sentence> actual = index < release.paragraphs().size()
                    ? release.paragraphs().get(index).sentences() : List.of();
            JsonNode expected = p.get("sentences");
            for (int k = 0; k < expected.size(); k++) {
                JsonNode e = expected.get(k);
                sentences++;
                Sentence s = k < actual.size() ? actual.get(k) : null;
                String start = e.get("text_start").asString();
                if (s == null || !s.text().startsWith(start) || actual.size() != expected.size()) {
                    misses.add(file + " p" + (index + 1) + " sentence " + (k + 1) + " boundary: " + start);
                    if (s == null || !s.text().startsWith(start)) {
                        continue;
                    }
                } else {
                    boundaries++;
                }
                String speaker = e.get("speaker").isNull() ? null : e.get("speaker").asString();
                String got = speakerName(s, release);
                if (Objects.equals(speaker, got)) {
                    speakers++;
                } else {
                    misses.add(file + " " + s.id() + " speaker " + got + " instead of " + speaker + ": " + start);
                }
                if (e.get("kind").asString().equals(s.kind().code())) {
                    kinds++;
                } else {
                    misses.add(file + " " + s.id() + " kind " + s.kind().code() + " instead of " + e.get("kind").asString()
                            + ": " + start);
                }
            }
        }
        group[0] += sentences - before[0];
        group[1] += boundaries - before[1];
        group[2] += speakers - before[2];
        group[3] += kinds - before[3];
    }

    private void scoreParticipants(String file, JsonNode gold, Release release) {
        JsonNode expected = gold.get("participants");
        if (expected == null) {
            return;
        }
        for (JsonNode e : expected) {
            people++;
            String name = e.get("name").asString();
            String role = e.get("role").isNull() ? null : e.get("role").asString();
            String country = e.get("country").isNull() ? null : e.get("country").asString();
            Participant got = release.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            if (got == null) {
                misses.add(file + " participant missing: " + name);
            } else if (!Objects.equals(role, got.role()) || !Objects.equals(country, got.country())) {
                misses.add(file + " participant " + name + " is " + got.role() + " / " + got.country() + " instead of "
                        + role + " / " + country);
            } else {
                peopleRight++;
            }
        }
        for (Participant p : release.participants()) {
            boolean known = false;
            for (JsonNode e : expected) {
                known |= e.get("name").asString().equals(p.name());
            }
            if (!known) {
                misses.add(file + " extra participant: " + p.name());
            }
        }
    }

    /** The annotation's name for a sentence's speakers: a name, {@code both sides}, {@code journalist} or null. */
    private static String speakerName(Sentence s, Release release) {
        List<String> ids = s.speakers();
        if (ids.isEmpty()) {
            return null;
        }
        if (ids.size() > 1) {
            return "both sides";
        }
        if (ids.get(0).equals(SpeakerAttributor.JOURNALIST)) {
            return "journalist";
        }
        return release.participants().stream().filter(p -> p.id().equals(ids.get(0))).map(Participant::name)
                .findFirst().orElse(ids.get(0));
    }

}
