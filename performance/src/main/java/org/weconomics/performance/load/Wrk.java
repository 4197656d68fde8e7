package org.weconomics.performance.load;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * wrk (Debian's package), a closed-loop load generator in C: a fixed number of connections, each sending
 * its next request as soon as the answer is in, for the highest throughput the platform reaches. It uses
 * far less CPU than a JVM load generator, which matters when the generator shares two cores with the
 * platform.
 */
public final class Wrk {

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final Path executable;
    private final Path workDirectory;

    private Wrk(Path executable, Path workDirectory) {
        this.executable = executable;
        this.workDirectory = workDirectory;
    }

    /** wrk from the PATH, if it is installed. */
    public static Optional<Wrk> find(Path workDirectory) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "wrk");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new Wrk(candidate, workDirectory));
            }
        }
        return Optional.empty();
    }

    /** What one wrk run measured. */
    public record Throughput(long requests, long failed, double seconds) {

        /** Answered with the expected status, per second. */
        public double successfulPerSecond() {
            return (requests - failed) / seconds;
        }
    }

    /**
     * Runs the spec's requests from {@code connections} connections for its duration; the paths are taken in
     * turn by a small Lua script, the token is sent as a bearer token.
     */
    public Throughput run(LoadSpec spec, int connections) {
        try {
            Files.createDirectories(workDirectory);
            Path script = Files.writeString(
                    workDirectory.resolve(spec.name().replaceAll("[^A-Za-z0-9]+", "-") + ".lua"),
                    luaScript(spec),
                    StandardCharsets.UTF_8);
            int threads = Math.max(1, Math.min(2, connections));
            List<String> command = new ArrayList<>(List.of(
                    executable.toString(),
                    "-t" + threads,
                    "-c" + connections,
                    "-d" + spec.duration().toSeconds() + "s",
                    "--timeout",
                    "10s",
                    "-s",
                    script.toString(),
                    spec.baseUrl()));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(spec.duration().toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return parse(output);
        } catch (IOException e) {
            throw new UncheckedIOException("wrk could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while wrk ran", e);
        }
    }

    static Throughput parse(String output) {
        Matcher requests = REQUESTS.matcher(output);
        if (!requests.find()) {
            throw new IllegalStateException("wrk printed no request count: " + output);
        }
        long count = Long.parseLong(requests.group(1));
        double seconds = toSeconds(Double.parseDouble(requests.group(2)), requests.group(3));
        long failed = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failed += Long.parseLong(non2xx.group(1));
        }
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                failed += Long.parseLong(errors.group(group));
            }
        }
        return new Throughput(count, Math.min(failed, count), seconds);
    }

    private static double toSeconds(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1_000_000;
            case "ms" -> value / 1_000;
            case "m" -> value * 60;
            default -> value;
        };
    }

    static String luaScript(LoadSpec spec) {
        String paths = spec.paths().stream().map(Wrk::luaString).collect(Collectors.joining(", "));
        StringBuilder lua = new StringBuilder();
        lua.append("local paths = {").append(paths).append("}\n");
        lua.append("local next = 0\n");
        lua.append("wrk.method = ").append(luaString(spec.method())).append('\n');
        lua.append("wrk.headers[\"Authorization\"] = ")
                .append(luaString("Bearer " + spec.token()))
                .append('\n');
        lua.append("wrk.headers[\"Accept\"] = \"application/json\"\n");
        if (spec.body() != null) {
            lua.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
            lua.append("wrk.body = ").append(luaString(spec.body())).append('\n');
        }
        lua.append("request = function()\n");
        lua.append("  next = next % #paths + 1\n");
        lua.append("  return wrk.format(nil, paths[next])\n");
        lua.append("end\n");
        return lua.toString();
    }

    private static String luaString(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "wrk (%s)", executable);
    }
}
