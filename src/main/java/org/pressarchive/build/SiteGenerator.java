package org.pressarchive.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.pressarchive.config.ConfigException;
import org.pressarchive.config.SiteConfig;
import org.pressarchive.config.SiteConfigLoader;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.ingest.SourceScanner;
import org.pressarchive.model.Release;
import org.pressarchive.model.SourceText;
import org.pressarchive.model.Warning;
import org.pressarchive.parse.ReleaseParser;
import org.pressarchive.render.ArchivePages;
import org.pressarchive.render.AtomFeeds;
import org.pressarchive.render.CountryPages;
import org.pressarchive.render.DataFiles;
import org.pressarchive.search.SearchOutputs;
import org.pressarchive.search.SearchPages;
import org.pressarchive.render.HomePages;
import org.pressarchive.render.MessageBundles;
import org.pressarchive.render.ModelJson;
import org.pressarchive.render.NotFoundPages;
import org.pressarchive.render.OutputSet;
import org.pressarchive.render.ReleasePages;
import org.pressarchive.render.RenderMemo;
import org.pressarchive.render.RenderTask;
import org.pressarchive.render.SiteContext;
import org.pressarchive.render.SitemapFiles;
import org.pressarchive.render.SpeakerPages;
import org.pressarchive.render.StaticFiles;
import org.pressarchive.render.TemplateRenderer;
import org.pressarchive.render.TranslationPages;
import org.pressarchive.render.ThemePages;
import org.pressarchive.render.ThemeFiles;
import org.pressarchive.site.Permalinks;
import org.pressarchive.site.ReleaseStore;
import org.pressarchive.site.SiteIndex;
import org.pressarchive.write.SiteWriter;

/**
 * The build, step by step: configuration → scan → read and parse (all cores) → site index →
 * render (all cores) into the writer's staging folder → swap. A failure anywhere before the swap
 * leaves the previous output untouched.
 */
public final class SiteGenerator {
    private final ReleaseParser parser;
    private final SourceReader reader;
    private final Clock clock;
    private final List<OutputSet> outputs;

    /**
     * The heads read or parsed by this generator's previous build, by cache key: a generator that
     * builds again in the same process ({@code build --watch}) takes an unchanged input's head from
     * here instead of reading it from the cache. Only the last build's are kept.
     */
    private final Map<String, ParseCache.Head> heads = new ConcurrentHashMap<>();
    /** The last build's site index, reused by the next build of the same output when nothing it holds changed. */
    private SiteIndex lastIndex;
    /** The last build's input stamps (saved lazily while watching). */
    private InputStamps.Memory lastStamps;
    /** The manifest the last build saved (read again only if its file changed since). */
    private OutputManifest.Memory lastManifest;
    /** Whether a caller reports input changes and builds watch their output (see {@link #watch()}). */
    private boolean watching;
    /** The watch of the output folder since the last build began, or null. */
    private OutputWatch outputWatch;
    /** The last build's scan of its input folder (while watching), or null. */
    private List<SourceScanner.Found> lastScan;
    /** The input folder of {@link #lastScan}. */
    private Path lastScanInput;
    /** Input paths reported changed since the last build began (while watching), or null when unknown. */
    private java.util.Set<Path> reported;
    /** The theme hits of this generator's previous build (see {@link #heads}), or null. */
    private volatile CachedReleases.Memory themes;
    /** The cache folder {@link #themes} belongs to. */
    private volatile Path themesFolder;

    public SiteGenerator(ReleaseParser parser, SourceReader reader, Clock clock, List<OutputSet> outputs) {
        this.parser = parser;
        this.reader = reader;
        this.clock = clock;
        this.outputs = List.copyOf(outputs);
    }

    /**
     * Makes this generator a watching one ({@code build --watch}) until what it returns is closed:
     * the caller reports every change of the input folder through {@link #inputsChanged} before the
     * next build, which then looks again at those files only instead of the whole folder; and each
     * build watches the output folder until the next one begins, which then trusts the files nobody
     * touched meanwhile to be as the previous build left them, without looking at each again.
     */
    public AutoCloseable watch() {
        watching = true;
        return () -> {
            watching = false;
            lastScan = null;
            reported = null;
            if (outputWatch != null) {
                outputWatch.close();
                outputWatch = null;
            }
        };
    }

    /** Input files (or folders) changed since the last build began, as a watch of the input folder saw them. */
    public void inputsChanged(java.util.Collection<Path> changed) {
        if (reported != null) {
            reported.addAll(changed);
        }
    }

    /** The output paths touched since the last build began, or null when unknown; (re)starts the watch. */
    private java.util.Set<String> outputChanges(Path output) {
        if (!watching) {
            return null;
        }
        java.util.Set<String> touched = outputWatch != null && outputWatch.watches(output) ? outputWatch.changes() : null;
        if (touched == null) {
            if (outputWatch != null) {
                outputWatch.close();
            }
            outputWatch = OutputWatch.start(output, ParseCache.folderFor(output));
        }
        return touched;
    }

    /** The outputs of the default site, in the order they are listed (not rendered: rendering is parallel). */
    public static List<OutputSet> standardOutputs() {
        List<OutputSet> pages = List.of(new HomePages(), new ReleasePages(),
                new ArchivePages(), new SpeakerPages(),
                new CountryPages(), new ThemePages(), new TranslationPages(), new SearchPages(), new NotFoundPages());
        List<OutputSet> all = new ArrayList<>(pages);
        all.add(new AtomFeeds());
        all.add(new SitemapFiles(pages));
        all.add(new DataFiles());
        all.add(new StaticFiles());
        all.add(new SearchOutputs());
        return List.copyOf(all);
    }

    private boolean themeCatalogRequested;

    /**
     * Starts reading the theme catalog (a data file of the jar, read once per process) on its own
     * thread while the build scans and reads its inputs: the indexing stage, which needs it, would
     * otherwise wait for it on one core (0.15 s with cold code). A failure is left for that stage to
     * report.
     */
    private void loadThemeCatalogAside() {
        if (themeCatalogRequested) {
            return;
        }
        themeCatalogRequested = true;
        Thread t = new Thread(() -> {
            try {
                org.pressarchive.site.ThemeCatalog.standard();
            } catch (RuntimeException | LinkageError e) {
                // the indexing stage asks again and reports it
            }
        }, "theme-data");
        t.setDaemon(true);
        t.start();
    }

    public BuildReport build(BuildOptions options, BuildListener listener)
            throws IOException, ConfigException, ContentException {
        Instant start = clock.instant();
        ParseCache cache = null;
        boolean done = false;
        loadThemeCatalogAside();
        try {
            java.util.Set<String> touched = outputChanges(options.output());
            // The last scan, with the changes reported since, when a caller reports them all.
            java.util.Set<Path> sinceLastScan = watching && lastScan != null && options.input().equals(lastScanInput)
                    ? reported : null;
            List<SourceScanner.Found> earlierScan = sinceLastScan == null ? null : lastScan;
            reported = watching ? new java.util.HashSet<>() : null;
            lastScan = null;
            SiteConfig config = loadConfig(options);
            List<Release> releases = new ArrayList<>();
            List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
            byte[] tool = ParseCache.toolFingerprint(ParseCache.folderFor(options.output()));
            cache = ParseCache.open(options.output(), tool);
            Path cacheFolder = ParseCache.folderFor(options.output());
            CachedReleases.Memory memory = themes != null && cacheFolder.equals(themesFolder) ? themes : null;
            themes = null;
            CachedReleases store = new CachedReleases(cache, cacheFolder.resolve("themes.bin"), memory);
            InputStamps stamps = InputStamps.load(ParseCache.folderFor(options.output()).resolve("inputs.tsv"), tool,
                    memory != null ? lastStamps : null);
            lastStamps = null;
            Map<String, ParseCache.Head> seen = new ConcurrentHashMap<>();
            if (!Files.isDirectory(options.input())) {
                throw new NoSuchFileException(options.input().toString(), null, "input folder not found");
            }
            List<SourceScanner.Found> scan = earlierScan == null ? new SourceScanner().find(options.input())
                    : new SourceScanner().update(options.input(), earlierScan, sinceLastScan);
            readAndParse(options.input(), scan, cache, stamps, store, config.originalLanguage(), releases, problems, seen,
                    listener);
            TranslationLinker.Linked linked = TranslationLinker.link(releases, config.originalLanguage(), store::full);
            releases = linked.originals();
            problems.addAll(linked.problems());
            List<Problem> sortedProblems = new ArrayList<>(problems);
            Collections.sort(sortedProblems);
            if (releases.isEmpty()) {
                throw new ContentException("no release could be read from " + options.input()
                        + " (expected UTF-8 .txt or .md files with text)");
            }
            List<String> notes = new ArrayList<>();
            if (config.baseUrl() == null) {
                notes.add("no base URL (--base-url or baseUrl in site.yaml): canonical links, feed and sitemap "
                        + "need absolute addresses and are left out");
            }
            if (options.strict() && !sortedProblems.isEmpty()) {
                return new BuildReport(releases.size(), 0, sortedProblems, notes,
                        Duration.between(start, clock.instant()), options.output(), false);
            }
            listener.stage("Indexing", 0);
            SiteIndex index = SiteIndex.of(releases, org.pressarchive.site.ThemeCatalog.standard(), store,
                    memory != null ? lastIndex : null);
            lastIndex = null;
            ThemeFiles theme = new ThemeFiles(options.templates());
            MessageBundles messages = new MessageBundles(theme, config.languages());
            OutputManifest manifest = OutputManifest.load(options.output(), memory != null ? lastManifest : null,
                    touched);
            lastManifest = null;
            String salt = salt(tool, options, config, linked.translations());
            PreviousOutput previous = new PreviousOutput(options.output(), ParseCache.folderFor(options.output()),
                    manifest);
            RenderMemo memo = new RenderMemo(salt, manifest.previousMemo(), manifest::previousBytes);
            SiteContext site = new SiteContext(index, config, new Permalinks(config.originalLanguage()),
                    new TemplateRenderer(theme, messages, memo), messages, theme, new ModelJson(), linked.translations(),
                    salt, previous);
            int files = render(site, options, manifest, listener);
            listener.stage("Saving the cache", 0);
            // The manifest (a line per output file) is saved while the other cache files are.
            java.util.concurrent.ForkJoinTask<?> savingManifest = java.util.concurrent.ForkJoinPool.commonPool()
                    .submit(() -> manifest.save(memo.current()));
            store.saveThemeHits(index.themes().vocabulary());
            themes = store.memory(index.themes().vocabulary());
            themesFolder = cacheFolder;
            lastIndex = index;
            stamps.save(memory != null);
            lastStamps = stamps.memory();
            previous.save();
            cache.commit();
            savingManifest.join();
            lastManifest = manifest.memory();
            if (watching) {
                lastScan = scan;
                lastScanInput = options.input();
            }
            heads.keySet().retainAll(seen.keySet());
            heads.putAll(seen);
            done = true;
            return new BuildReport(releases.size(), files, sortedProblems, notes,
                    Duration.between(start, clock.instant()), options.output(), true);
        } finally {
            if (cache != null) {
                cache.close(); // after a failure: the cache's files are closed, its index unchanged
            }
            if (!done) {
                heads.clear();
                themes = null;
                lastIndex = null;
                lastStamps = null;
                lastManifest = null;
            }
            listener.finished();
        }
    }

    private static SiteConfig loadConfig(BuildOptions options) throws IOException, ConfigException {
        SiteConfig config = SiteConfig.defaults();
        if (options.config() != null) {
            if (!Files.isRegularFile(options.config())) {
                throw new NoSuchFileException(options.config().toString(), null, "configuration file not found");
            }
            config = new SiteConfigLoader().load(options.config());
        }
        if (options.baseUrl() != null) {
            config = config.withBaseUrl(options.baseUrl());
        }
        if (!options.languages().isEmpty()) {
            config = config.withLanguages(options.languages());
        }
        SiteConfigLoader.validate(options.config() == null ? "options" : options.config().toString(), config);
        return config;
    }

    /** What reading one file gave: its release (a head, or whole for a translation), cache key and facts. */
    private record Read(Release release, String key, boolean stored, Release full, ReleaseStore.Facts facts) {
    }

    /**
     * Reads and parses every input file on all cores. A file whose parse result is in the cache
     * (same bytes, same name, same tool) is neither decoded nor parsed again. Originals are kept
     * as heads (their text stays in the cache, see {@link CachedReleases}); translations, which
     * the linker aligns with their original, are kept whole.
     */
    private void readAndParse(Path input, List<SourceScanner.Found> files, ParseCache cache, InputStamps stamps,
                              CachedReleases store, String originalLanguage, List<Release> releases, List<Problem> problems,
                              Map<String, ParseCache.Head> seen, BuildListener listener) throws IOException {
        listener.stage("Parsing", files.size());
        String shownRoot = input.getFileName() == null ? "" : input.getFileName().toString() + "/";
        Read[] parsed = new Read[files.size()];
        try {
            java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
                Path file = files.get(i).path();
                String shown = shownRoot + files.get(i).name();
                byte[] bytes = null;
                String sha = null;
                String key;
                ParseCache.Head cached = null;
                try {
                    long size = files.get(i).size();
                    long mtime = files.get(i).modified();
                    key = stamps.key(shown, size, mtime);
                    if (key != null) {
                        cached = head(cache, key, seen);
                    }
                    if (cached == null) {
                        bytes = Files.readAllBytes(file);
                        sha = org.pressarchive.ingest.SourceReader.sha256(bytes);
                        key = cache.key(shown, file.getFileName().toString(), sha);
                        cached = head(cache, key, seen);
                    }
                    stamps.record(shown, size, mtime, key);
                } catch (IOException e) {
                    problems.add(new Problem(shown, 0, "cannot read file: " + e.getMessage()));
                    listener.advance();
                    return;
                }
                // An unchanged input: its head and facts only (a translation whole: the linker aligns it).
                List<Warning> warnings = null;
                if (cached != null && cached.release() == null) {
                    warnings = cached.warnings();
                } else if (cached != null) {
                    Release head = cached.release().head();
                    boolean translation = isTranslation(head, originalLanguage);
                    Release full = translation ? cache.get(key).map(ParseCache.Entry::release).orElse(null) : null;
                    if (!translation || full != null) {
                        parsed[i] = new Read(translation ? full : head, key, true, full, cached.release().facts());
                        warnings = head.warnings();
                    }
                }
                if (warnings == null) {
                    if (bytes == null) {
                        try {
                            bytes = Files.readAllBytes(file);
                        } catch (IOException e) {
                            problems.add(new Problem(shown, 0, "cannot read file: " + e.getMessage()));
                            listener.advance();
                            return;
                        }
                    }
                    SourceText text = sha == null ? reader.read(shown, file.getFileName().toString(), bytes)
                            : reader.read(shown, file.getFileName().toString(), bytes, sha);
                    Release full = text.paragraphs().isEmpty() ? null : parser.parse(text);
                    ReleaseStore.Facts facts = full == null ? null : ReleaseStore.Facts.of(full);
                    boolean stored = cache.put(key, new ParseCache.Entry(full, full == null ? text.warnings() : List.of()), facts);
                    if (stored) {
                        seen.put(key, new ParseCache.Head(full == null ? null
                                : new ReleaseCodec.Head(ReleaseStore.head(full), facts), full == null ? text.warnings() : List.of()));
                    }
                    if (full != null) {
                        boolean translation = isTranslation(full, originalLanguage);
                        parsed[i] = new Read(translation ? full : ReleaseStore.head(full), key, stored,
                                translation || !stored ? full : null, facts);
                    }
                    warnings = full != null ? full.warnings() : text.warnings();
                }
                for (Warning w : warnings) {
                    problems.add(new Problem(shown, w.line(), w.message()));
                }
                listener.advance();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Read> read = new ArrayList<>();
        for (Read r : parsed) {
            if (r != null) {
                read.add(r);
                releases.add(r.release());
            }
        }
        releases.replaceAll(uniqueIds(releases)::apply);
        for (int i = 0; i < read.size(); i++) {
            Read r = read.get(i);
            store.add(releases.get(i).id(), r.key(), r.stored(), r.full(), r.facts());
        }
    }

    /** An input's head: kept from this generator's previous build when the cache still has it, else read from the cache. */
    private ParseCache.Head head(ParseCache cache, String key, Map<String, ParseCache.Head> seen) {
        ParseCache.Head h = heads.get(key);
        if (h == null || !cache.retain(key)) {
            h = cache.getHead(key).orElse(null);
        }
        if (h != null) {
            seen.put(key, h);
        }
        return h;
    }

    private static boolean isTranslation(Release r, String originalLanguage) {
        return r.meta().translationOf() != null || !r.lang().equals(originalLanguage);
    }

    /** Gives colliding ids a deterministic suffix ({@code -2}, {@code -3}…) in input-path order. */
    static java.util.function.UnaryOperator<Release> uniqueIds(List<Release> releases) {
        Map<String, Integer> seen = new HashMap<>();
        Map<Release, String> renamed = new java.util.IdentityHashMap<>();
        for (Release r : releases) {
            int n = seen.merge(r.id(), 1, Integer::sum);
            if (n > 1) {
                String id = r.id() + "-" + n;
                while (seen.containsKey(id)) {
                    id = r.id() + "-" + (++n);
                }
                seen.put(id, 1);
                renamed.put(r, id);
            }
        }
        return r -> {
            String id = renamed.get(r);
            return id == null ? r : new Release(id, r.source(), r.lang(), r.date(), r.location(), r.title(),
                    r.participants(), r.paragraphs(), r.warnings(), r.meta());
        };
    }

    /**
     * What every page depends on besides its own inputs: the tool (code, default theme, data), the
     * user's theme folder, the configuration and the translations (few, and shown in many lists).
     */
    private static String salt(byte[] tool, BuildOptions options, SiteConfig config,
                               org.pressarchive.site.TranslationIndex translations) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(tool);
        b.write(config.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // Lists show translated titles and languages: any change of a translation renders them again.
        for (Release t : translations.all()) {
            b.write(RenderMemo.digest(t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (options.templates() != null && Files.isDirectory(options.templates())) {
            try (java.util.stream.Stream<Path> s = Files.walk(options.templates())) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    b.write(('\0' + options.templates().relativize(f).toString() + '\0')
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    b.write(RenderMemo.digest(Files.readAllBytes(f)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return RenderMemo.digest(b.toByteArray());
    }

    /** Produces one file: kept from the previous build when its key says so, else rendered and written. */
    private static void run(RenderTask t, TemplateRenderer templates, SiteWriter.Staging staging,
                            OutputManifest manifest, RenderTask.BuiltFiles built) {
        if (RenderTask.UNCHANGED.equals(t.key())) {
            if (!(manifest.trusted(t.path()) ? staging.keep(t.path()) : staging.reuse(t.path()))) {
                throw new UncheckedIOException(new IOException("the previous output's " + t.path()
                        + " disappeared during the build: build again"));
            }
            manifest.keep(t.path());
            return;
        }
        if (manifest.reusable(t.path(), t.key()) && staging.keep(t.path())) {
            return;
        }
        if (t.assembly() != null) {
            staging.stream(t.path(), out -> t.assembly().writeTo(out, out::transferFrom, built));
            manifest.record(t.path(), -1, null, t.key());
        } else if (t.stream() != null) {
            staging.stream(t.path(), t.stream()::writeTo);
            manifest.record(t.path(), -1, null, t.key());
        } else if (t.key() != null) {
            // Keyed files are found again by key, never by digest: no need to hash their bytes (the
            // writer still compares them with the previous file so unchanged ones keep their time).
            byte[] bytes = templates.unmemoized(t.content());
            staging.write(t.path(), bytes);
            manifest.record(t.path(), bytes.length, null, t.key());
        } else {
            byte[] bytes = t.content().get();
            String sha = RenderMemo.digest(bytes);
            if (!(manifest.unchanged(t.path(), bytes.length, sha) && staging.keep(t.path()))) {
                staging.write(t.path(), bytes);
            }
            manifest.record(t.path(), bytes.length, sha, t.key());
        }
    }

    private int render(SiteContext site, BuildOptions options, OutputManifest manifest, BuildListener listener)
            throws IOException {
        listener.stage("Listing pages", 0);
        // Output sets are listed on all cores (the search index's update is the longest), those
        // listing the others' pages after them; the tasks keep the sets' order.
        Map<OutputSet, List<RenderTask>> listed = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            outputs.parallelStream().filter(set -> !set.listsOthers()).forEach(set -> listed.put(set, set.tasks(site)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        java.util.function.Function<OutputSet, List<RenderTask>> others = set -> {
            List<RenderTask> got = listed.get(set);
            return got != null ? got : set.tasks(site);
        };
        for (OutputSet set : outputs) {
            if (set.listsOthers()) {
                listed.put(set, set.tasks(site, others));
            }
        }
        List<RenderTask> tasks = new ArrayList<>();
        for (OutputSet set : outputs) {
            tasks.addAll(listed.get(set));
        }
        SiteWriter writer = new SiteWriter(options.output());
        AtomicInteger done = new AtomicInteger();
        try (SiteWriter.Staging staging = writer.open(options.input())) {
            listener.stage("Rendering", tasks.size());
            // Every task runs to its end (or is skipped after a failure) before the staging folder
            // is committed or discarded: no worker may still be writing into it at that point.
            List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
            // Assembled files read files of this build: each runs on a thread of its own alongside
            // the other tasks, waiting for every file it reads to be written.
            List<RenderTask> assemblies = tasks.stream().filter(t -> t.assembly() != null).toList();
            PendingFiles pending = new PendingFiles(tasks.stream().filter(t -> t.assembly() == null)
                    .map(RenderTask::path).toList());
            RenderTask.BuiltFiles built = path -> {
                pending.await(path);
                return staging.read(path);
            };
            java.util.concurrent.atomic.AtomicReference<Error> error = new java.util.concurrent.atomic.AtomicReference<>();
            List<Thread> assemblers = new ArrayList<>();
            try {
                for (RenderTask a : assemblies) {
                    Thread thread = new Thread(() -> {
                        try {
                            run(a, site.templates(), staging, manifest, built);
                            done.incrementAndGet();
                            listener.advance();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        } catch (Error e) {
                            error.compareAndSet(null, e);
                        }
                    }, "assembly");
                    thread.start();
                    assemblers.add(thread);
                }
                tasks.parallelStream().filter(t -> t.assembly() == null).forEach(t -> {
                    if (!failures.isEmpty()) {
                        return;
                    }
                    try {
                        run(t, site.templates(), staging, manifest, built);
                        pending.done(t.path());
                        done.incrementAndGet();
                        listener.advance();
                    } catch (RuntimeException e) {
                        failures.add(e);
                        pending.releaseAll();
                    }
                });
            } finally {
                // Every task runs to its end before the staging folder is committed or discarded.
                pending.releaseAll();
                for (Thread thread : assemblers) {
                    joinUninterruptibly(thread);
                }
            }
            if (error.get() != null) {
                throw error.get();
            }
            if (!failures.isEmpty()) {
                RuntimeException first = failures.get(0);
                if (first instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw first;
            }
            listener.stage("Committing", 0);
            staging.commit(manifest.knownFiles());
        }
        return done.get();
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
