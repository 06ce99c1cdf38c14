package org.pressarchive.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pressarchive.build.BuildListener;
import org.pressarchive.build.BuildOptions;
import org.pressarchive.build.BuildReport;
import org.pressarchive.build.SiteGenerator;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Release;
import org.pressarchive.model.SourceText;
import org.pressarchive.parse.ReleaseParser;

/**
 * Builds a whole site from hand-made releases through the real {@link SiteGenerator}: one input
 * file per release is written, and a parser stand-in hands back the prepared release for it.
 */
public final class SiteFixture {
    private SiteFixture() {
    }

    /** Builds {@code releases} into {@code dir/site} (input in {@code dir/input}); {@code baseUrl} may be null. */
    public static Path build(Path dir, List<Release> releases, String baseUrl) throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Map<String, Release> byName = new HashMap<>();
        for (int i = 0; i < releases.size(); i++) {
            String name = String.format("%05d", i);
            Files.writeString(input.resolve(name + ".txt"), "placeholder\n", StandardCharsets.UTF_8);
            byName.put(name, releases.get(i));
        }
        ReleaseParser parser = new ReleaseParser() {
            @Override
            public Release parse(SourceText source) {
                return byName.get(source.name());
            }
        };
        Path output = dir.resolve("site");
        SiteGenerator generator = new SiteGenerator(parser, SourceReader.standard(),
                Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC), SiteGenerator.standardOutputs());
        BuildReport report = generator.build(new BuildOptions(input, output, null, null, baseUrl, List.of(), false),
                BuildListener.NONE);
        if (!report.written()) {
            throw new IllegalStateException("site not written: " + report);
        }
        return output;
    }

    public static String read(Path site, String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }
}
