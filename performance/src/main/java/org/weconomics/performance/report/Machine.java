package org.weconomics.performance.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The machine a run happened on, as a reader needs it to judge the figures. */
public record Machine(
        int cores, String cpu, double memoryGib, String java, String os, ZonedDateTime date, double loadAtStart) {

    public static Machine now() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                memoryKb() / 1024.0 / 1024.0,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                ZonedDateTime.now(ZoneOffset.UTC),
                loadAverage());
    }

    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public String describe(double loadAtEnd) {
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %.1f GiB RAM, %s, %s; %s. Load average %.1f when the run started, %.1f when it ended.",
                cores,
                cpu,
                memoryGib,
                java,
                os,
                date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                loadAtStart,
                loadAtEnd);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static long memoryKb() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D+", "")))
                    .findFirst()
                    .orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
