package org.weconomics.performance.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** Resident memory of a process as Linux reports it in {@code /proc/<pid>/status}. */
public final class ProcessMemory {

    private ProcessMemory() {}

    /** Now ({@code VmRSS}) and at its peak so far ({@code VmHWM}), in kB. */
    public record Resident(long currentKb, long peakKb) {}

    public static Optional<Resident> of(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            String text = Files.readString(status);
            OptionalLong current = field(text, "VmRSS:");
            OptionalLong peak = field(text, "VmHWM:");
            if (current.isEmpty() || peak.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Resident(current.getAsLong(), peak.getAsLong()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The JVM of a Quarkus application the launcher started: the one process whose command line runs a
     * {@code quarkus-run.jar} on that HTTP port.
     */
    public static Optional<Long> quarkusApplicationPid(int port) {
        String portOption = "-Dquarkus.http.port=" + port;
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains(portOption) && line.contains("quarkus-run.jar"))
                        .orElse(false))
                .map(ProcessHandle::pid)
                .findFirst();
    }

    static OptionalLong field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name)) {
                String value = line.substring(name.length()).trim().split("\\s+")[0];
                return OptionalLong.of(Long.parseLong(value));
            }
        }
        return OptionalLong.empty();
    }
}
