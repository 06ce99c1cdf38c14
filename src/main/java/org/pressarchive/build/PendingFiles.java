package org.pressarchive.build;

import java.io.InterruptedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The files a build's tasks have yet to write, for the assembled files that read them (the data
 * file reads every release's JSON): an assembly runs alongside the other tasks and waits for each
 * file it reads, instead of starting once every task is done with one core left idle.
 */
final class PendingFiles {
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Map<String, Thread> waiters = new ConcurrentHashMap<>();
    private volatile boolean released;
    /** A waiter looks again after this long, whatever happens (a safety net, not the way it wakes). */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    PendingFiles(Collection<String> paths) {
        pending.addAll(paths);
    }

    /** The file at {@code path} is written (or kept): whoever waits for it goes on. */
    void done(String path) {
        if (pending.remove(path)) {
            Thread waiter = waiters.get(path);
            if (waiter != null) {
                LockSupport.unpark(waiter);
            }
        }
    }

    /** No more files will be written (the tasks are over, or one failed): every waiter goes on. */
    void releaseAll() {
        released = true;
        waiters.values().forEach(LockSupport::unpark);
    }

    /** Returns once the file at {@code path} is written, or will never be (not a task's, or released). */
    void await(String path) throws InterruptedIOException {
        if (!pending.contains(path)) {
            return;
        }
        waiters.put(path, Thread.currentThread());
        try {
            while (pending.contains(path) && !released) {
                LockSupport.parkNanos(this, RECHECK_NANOS);
                if (Thread.interrupted()) {
                    throw new InterruptedIOException("interrupted while waiting for " + path);
                }
            }
        } finally {
            waiters.remove(path);
        }
    }
}
