package org.pressarchive.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

import org.pressarchive.build.BuildListener;

/** A one-line progress display on a terminal ({@code Rendering 120/400}), erased when the build ends. */
final class ProgressLine implements BuildListener {
    private final PrintWriter err;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "";
    private volatile int total;
    private volatile long lastPrint;
    private volatile boolean shown;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void stage(String name, int total) {
        this.stage = name;
        this.total = total;
        done.set(0);
        print(0, true);
    }

    @Override
    public void advance() {
        int d = done.incrementAndGet();
        print(d, d == total);
    }

    private synchronized void print(int d, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPrint < 100_000_000L) {
            return;
        }
        lastPrint = now;
        err.print("\r\033[K" + stage + " " + d + "/" + total);
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void finished() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
