package org.pressarchive.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pressarchive.ingest.SourceReader;
import org.pressarchive.ingest.SourceScanner;
import org.pressarchive.model.SourceText;

/**
 * The release files of an input folder, split into originals and translations (DESIGN.md §2).
 * A file is a translation when its front matter says {@code translationOf: NAME}, or when its name
 * carries a language suffix ({@code NAME.en.md}) and an original named {@code NAME} exists.
 */
public final class InputCatalog {

    /**
     * One input file.
     *
     * @param path          the file
     * @param relative      its path relative to the input folder, with {@code /}
     * @param text          the file read through {@link SourceReader}
     * @param translationOf base name of the original it translates, or null for an original
     * @param lang          its language when it is a translation (front matter, else name suffix), else null
     */
    public record Entry(Path path, String relative, SourceText text, String translationOf, String lang) {
        public boolean isTranslation() {
            return translationOf != null;
        }

        /** The base name ({@code NAME} for {@code NAME.txt} or {@code sub/NAME.md}). */
        public String name() {
            return text.name();
        }

        /** The folder part of {@link #relative} with a trailing {@code /}, or empty. */
        public String folder() {
            int slash = relative.lastIndexOf('/');
            return slash < 0 ? "" : relative.substring(0, slash + 1);
        }
    }

    private final Path dir;
    private final List<Entry> entries;

    private InputCatalog(Path dir, List<Entry> entries) {
        this.dir = dir;
        this.entries = List.copyOf(entries);
    }

    /** Scans and reads every release file of {@code dir}, in {@link SourceScanner} order. */
    public static InputCatalog scan(Path dir, SourceReader reader) throws IOException {
        List<Path> files = new SourceScanner().scan(dir);
        List<SourceText> texts = new ArrayList<>();
        for (Path f : files) {
            String rel = SourceScanner.relativeName(dir, f);
            texts.add(reader.read(shown(dir, rel), f.getFileName().toString(), Files.readAllBytes(f)));
        }
        Set<String> plainNames = new HashSet<>();
        for (SourceText t : texts) {
            if (t.lang() == null && t.frontMatter().translationOf() == null) {
                plainNames.add(t.name());
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SourceText t = texts.get(i);
            String rel = SourceScanner.relativeName(dir, files.get(i));
            String of = t.frontMatter().translationOf();
            if (of == null && t.lang() != null && plainNames.contains(t.name())) {
                of = t.name();
            }
            String lang = of == null ? null : t.frontMatter().lang() != null ? t.frontMatter().lang() : t.lang();
            entries.add(new Entry(files.get(i), rel, t, of, lang));
        }
        return new InputCatalog(dir, entries);
    }

    /** The path shown in messages and recorded as a release's source, as the build shows it: the input folder's name, then the file. */
    private static String shown(Path dir, String relative) {
        Path name = dir.getFileName();
        return (name == null ? "" : name + "/") + relative;
    }

    public Path dir() {
        return dir;
    }

    public List<Entry> originals() {
        return entries.stream().filter(e -> !e.isTranslation()).toList();
    }

    /** The original whose path relative to the input folder is {@code relative}. */
    public Optional<Entry> originalAt(String relative) {
        return originals().stream().filter(e -> e.relative().equals(relative)).findFirst();
    }

    /** The first original (in scan order) named {@code name}. */
    public Optional<Entry> originalNamed(String name) {
        return originals().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The translation of {@code original} into {@code lang}: the one in the same folder first,
     * then any, in scan order.
     */
    public Optional<Entry> translation(Entry original, String lang) {
        List<Entry> candidates = entries.stream()
                .filter(e -> original.name().equals(e.translationOf()) && lang.equals(e.lang()))
                .toList();
        return candidates.stream().filter(e -> e.folder().equals(original.folder())).findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}
