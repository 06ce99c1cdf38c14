package org.pressarchive.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Peak memory of this process, for {@code build --stats}: peak heap (JMX) and peak RSS (Linux /proc). */
final class RunStats {
    private RunStats() {
    }

    static String line() {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        double cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime() / 1e9;
        }
        return String.format(Locale.ROOT, "stats: peak_heap_mib=%d peak_rss_mib=%s cpu_s=%.1f", heap >> 20, peakRssMib(), cpu);
    }

    private static String peakRssMib() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return Long.toString(kib >> 10);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "?";
        }
        return "?";
    }

    /** Wall time of each build stage (for {@code --stats}), passing events on to another listener. */
    static final class StageTimes implements org.pressarchive.build.BuildListener {
        private final org.pressarchive.build.BuildListener next;
        private final long start = System.nanoTime();
        private final StringBuilder times = new StringBuilder();
        private String stage = "Starting";
        private long since = ManagementFactory.getRuntimeMXBean().getStartTime();

        StageTimes(org.pressarchive.build.BuildListener next) {
            this.next = next;
            since = System.currentTimeMillis() - since;  // JVM start to now, in ms
            times.append(String.format(Locale.ROOT, "jvm_start=%.2f", since / 1000.0));
            since = start;
        }

        @Override
        public synchronized void stage(String name, int total) {
            close();
            stage = name;
            next.stage(name, total);
        }

        private void close() {
            long now = System.nanoTime();
            times.append(String.format(Locale.ROOT, " %s=%.2f", stage.toLowerCase(Locale.ROOT).replace(' ', '_'),
                    (now - since) / 1e9));
            since = now;
        }

        @Override
        public void advance() {
            next.advance();
        }

        @Override
        public synchronized void finished() {
            close();
            stage = "";
            next.finished();
        }

        synchronized String line() {
            return "stages_s: " + times;
        }
    }
}
