package org.pressarchive.build;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.pressarchive.ingest.SourceScanner;

/**
 * Waits for the inputs of a build to change, for {@code build --watch}: the release files of the
 * input folder (with its subfolders, new ones included), every file of a theme folder and the
 * configuration file. Hidden files and folders, and files that are not releases in the input
 * folder (an editor's swap and backup files), are not changes. A burst of events (an editor
 * saving through a temporary file, a {@code git checkout}) gives one change once the files have
 * been quiet for a moment.
 */
public final class ChangeWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Path input;
    private final Path templates;
    private final Path config;
    private final Duration quiet;

    /**
     * @param input     the input folder, watched with its subfolders
     * @param templates a theme folder, or null
     * @param config    the configuration file, or null
     * @param quiet     how long the files must stay unchanged before a change is reported
     */
    public ChangeWatcher(Path input, Path templates, Path config, Duration quiet) throws IOException {
        this.input = input.toAbsolutePath().normalize();
        this.templates = templates == null ? null : templates.toAbsolutePath().normalize();
        this.config = config == null ? null : config.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.service = FileSystems.getDefault().newWatchService();
        try {
            registerTree(this.input);
            if (this.templates != null && Files.isDirectory(this.templates)) {
                registerTree(this.templates);
            }
            if (this.config != null && this.config.getParent() != null) {
                register(this.config.getParent());
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /**
     * Blocks until at least one watched file changed and the files were then quiet for the
     * configured time.
     *
     * @return the changed files (absolute paths), sorted
     * @throws InterruptedException when the waiting thread is interrupted (the user stops the watch)
     * @throws IOException when the input folder was deleted, or the watch was closed
     */
    public Set<Path> awaitChange() throws InterruptedException, IOException {
        Set<Path> changed = new TreeSet<>();
        while (changed.isEmpty()) {
            drain(service.take(), changed);
        }
        return settle(changed);
    }

    /**
     * {@link #awaitChange()}, waiting at most {@code timeout} for the first change.
     *
     * @return the changed files, or an empty set when nothing changed in time
     */
    public Set<Path> awaitChange(Duration timeout) throws InterruptedException, IOException {
        Set<Path> changed = new TreeSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (changed.isEmpty()) {
            long left = deadline - System.nanoTime();
            WatchKey key = left <= 0 ? null : service.poll(left, TimeUnit.NANOSECONDS);
            if (key == null) {
                return changed;
            }
            drain(key, changed);
        }
        return settle(changed);
    }

    /** Goes on collecting changes until none came for the quiet time. */
    private Set<Path> settle(Set<Path> changed) throws InterruptedException, IOException {
        for (WatchKey key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS); key != null;
             key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) {
            drain(key, changed);
        }
        return changed;
    }

    private void drain(WatchKey key, Set<Path> changed) throws IOException {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder == null ? input : folder); // events were lost: something changed there
                continue;
            }
            if (folder == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path path = folder.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && watchedTree(path)
                    && Files.isDirectory(path) && !hidden(path)) {
                registerTree(path); // a new subfolder: its files count too
                changed.add(path);
            } else if (matters(path)) {
                changed.add(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone (its deletion was an event of its parent)
            if (input.equals(folder)) {
                inputFolderGone(changed);
            }
        }
    }

    /** How long a deleted input folder may take to come back (a tool replacing it) before the watch stops. */
    private static final Duration REAPPEAR = Duration.ofSeconds(2);

    /**
     * The input folder itself was deleted: when it comes back soon (a tool that replaces the folder
     * rather than its files), it is watched again and counts as changed; otherwise nothing under it
     * can change any more, and waiting on would wait forever in silence.
     */
    private void inputFolderGone(Set<Path> changed) throws IOException {
        long deadline = System.nanoTime() + REAPPEAR.toNanos();
        while (!Files.isDirectory(input)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the input folder " + input + " was deleted: the watch stops");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the input folder " + input + " to come back", e);
            }
        }
        registerTree(input);
        changed.add(input);
    }

    /** Whether a change of this file can change the site. */
    private boolean matters(Path path) {
        if (path.equals(config)) {
            return true;
        }
        if (hidden(path)) {
            return false;
        }
        if (templates != null && path.startsWith(templates)) {
            return true;
        }
        if (path.startsWith(input)) {
            return SourceScanner.isRelease(path.getFileName().toString())
                    || folders.containsValue(path); // a folder of releases, renamed or deleted
        }
        return false;
    }

    private boolean watchedTree(Path path) {
        return path.startsWith(input) || (templates != null && path.startsWith(templates));
    }

    /** Whether the path, below the watched folder that holds it, has a part starting with a dot. */
    private boolean hidden(Path path) {
        Path root = path.startsWith(input) ? input : templates != null && path.startsWith(templates) ? templates : null;
        Path relative = root == null ? path.getFileName() : root.relativize(path);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // gone meanwhile: its parent's events tell
            }
        });
    }

    private void register(Path dir) throws IOException {
        try {
            folders.put(dir.register(service, List.of(StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY)
                    .toArray(new WatchEvent.Kind<?>[0])), dir);
        } catch (ClosedWatchServiceException e) {
            throw new IOException("the watch was closed", e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
