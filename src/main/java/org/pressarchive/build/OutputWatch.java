package org.pressarchive.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Watches an output folder for a watching process ({@code build --watch}), from the start of one
 * build to the start of the next, so that the next build knows which files anyone (this process
 * included) touched in between: every other file is still exactly as the previous build left it,
 * and need not be looked at again. That is what a rebuild after one edit saves: tens of thousands
 * of {@code stat} calls and folder listings.
 *
 * <p>Events reach a watch service on a thread of its own, a little after the change: before it
 * answers, the watch makes a change of its own in a folder it owns (the cache folder) and waits
 * for that event, so that every change made before the question is in the answer.
 *
 * <p>The answer is "unknown" whenever the watch may have missed something: events were lost, a
 * watched folder was removed, replaced or created (files made in a new folder before it was
 * watched are unseen), or the watch could not start. Hidden folders at the root (a {@code .git}
 * checkout) are not watched: builds never look inside them.
 */
final class OutputWatch implements AutoCloseable {
    private final Path output;
    private final WatchService service;
    /** Watched folders: key → root-relative folder ({@code ""}, {@code "search/fr/"}). */
    private final Map<WatchKey, String> folders = new HashMap<>();
    /** Each watched folder's identity (inode), to tell a folder replaced since it was watched. */
    private final Map<String, Object> identities = new HashMap<>();
    /** The file whose creation tells that every earlier event has arrived, in a folder this watch owns. */
    private final Path sentinel;
    private WatchKey sentinelKey;
    private boolean lost;
    /** How long to wait for the sentinel's event before answering "unknown". */
    private static final long SYNC_MILLIS = 2_000;

    private OutputWatch(Path output, WatchService service, Path sentinel) {
        this.output = output;
        this.service = service;
        this.sentinel = sentinel;
    }

    /**
     * Starts watching {@code output} and its folders; null when the file system cannot watch.
     *
     * @param own a folder beside the output that this process owns (the cache folder), where the
     *            watch makes its sentinel file
     */
    static OutputWatch start(Path output, Path own) {
        Path out = output.toAbsolutePath().normalize();
        WatchService service;
        try {
            service = out.getFileSystem().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        OutputWatch watch = new OutputWatch(out, service, own.toAbsolutePath().normalize().resolve(".output-watch"));
        try {
            watch.sentinelKey = own.register(service, StandardWatchEventKinds.ENTRY_CREATE);
        } catch (IOException | RuntimeException e) {
            watch.lost = true; // no folder of its own yet (a first build makes it)
            return watch;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            watch.lost = true; // nothing to watch yet: the first build makes the folder
            return watch;
        }
        try {
            Files.walkFileTree(out, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(out) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String folder = dir.equals(out) ? "" : relative(out, dir) + "/";
                    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                    watch.folders.put(key, folder);
                    watch.identities.put(folder, identity(attrs));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            watch.lost = true;
        }
        return watch;
    }

    /** Whether this watch is of {@code output}. */
    boolean watches(Path output) {
        return this.output.equals(output.toAbsolutePath().normalize());
    }

    /**
     * The root-relative paths (files and folders) changed since the watch started or since the
     * previous call, or null when that cannot be known (see the class comment): then start a new
     * watch, and look at every file.
     */
    Set<String> changes() {
        Set<String> changed = new HashSet<>();
        if (!lost && !sync(changed)) {
            lost = true;
        }
        for (WatchKey key = service.poll(); key != null; key = service.poll()) {
            drain(key, changed);
        }
        // A folder removed or replaced may not have been reported yet: look at each one (a few).
        for (Map.Entry<String, Object> f : identities.entrySet()) {
            try {
                BasicFileAttributes a = Files.readAttributes(output.resolve(f.getKey()), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!a.isDirectory() || !Objects.equals(identity(a), f.getValue())) {
                    lost = true;
                }
            } catch (IOException e) {
                lost = true;
            }
        }
        for (WatchKey key : folders.keySet()) {
            if (!key.isValid()) {
                lost = true;
            }
        }
        return lost ? null : changed;
    }

    /**
     * Makes the sentinel file and collects events until its creation arrives: then every change
     * made before has arrived too (a watch service reads its events in order). False when it does
     * not arrive in time.
     */
    private boolean sync(Set<String> changed) {
        try {
            Files.deleteIfExists(sentinel);
            Files.createFile(sentinel);
            Files.delete(sentinel);
        } catch (IOException e) {
            return false;
        }
        long deadline = System.nanoTime() + SYNC_MILLIS * 1_000_000;
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                WatchKey key = left <= 0 ? null : service.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS);
                if (key == null) {
                    return false;
                }
                if (key == sentinelKey) {
                    boolean seen = false;
                    for (WatchEvent<?> event : key.pollEvents()) {
                        seen |= event.kind() == StandardWatchEventKinds.OVERFLOW
                                || sentinel.getFileName().equals(event.context());
                    }
                    if (!key.reset()) {
                        return false;
                    }
                    if (seen) {
                        return true;
                    }
                } else {
                    drain(key, changed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Adds the paths of a key's events to {@code changed}. */
    private void drain(WatchKey key, Set<String> changed) {
        if (key == sentinelKey) {
            key.pollEvents(); // the cache folder's own changes
            if (!key.reset()) {
                lost = true;
            }
            return;
        }
        String folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null
                    || !(event.context() instanceof Path name)) {
                lost = true;
                continue;
            }
            String path = folder + name;
            changed.add(path);
            boolean hiddenAtRoot = folder.isEmpty() && name.toString().startsWith(".");
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && !hiddenAtRoot
                    && Files.isDirectory(output.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                lost = true; // files made in it before it could be watched are unseen
            }
        }
        if (!key.reset()) {
            lost = true;
        }
    }

    private static Object identity(BasicFileAttributes a) {
        Object key = a.fileKey();
        return key != null ? key : a.creationTime();
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
