package org.weconomics.infrastructure.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * A component running as a child process with its output in a log file: started, waited for until it
 * is ready, and stopped with its whole process tree.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChildProcess.class);

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts a command with its standard output and error appended to {@code logFile}.
     *
     * @param name the component's name, used in every message about it
     */
    public static ChildProcess start(
            String name, List<String> command, Path workingDirectory, Map<String, String> environment, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            LOG.debugf("Starting %s: %s", name, String.join(" ", command));
            return new ChildProcess(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new ComponentStartException(name + " could not be started: " + e.getMessage(), logFile, e);
        }
    }

    /** The {@code java} of the running JVM, so that children run on the same, checked Java. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Joins classpath entries with the platform's separator. */
    public static String classpath(List<String> entries) {
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Waits until {@code ready} holds.
     *
     * @throws ComponentStartException naming the log file when the process exits or the time runs out first
     */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ComponentStartException(
                        name + " exited with code " + process.exitValue() + " while starting", logFile, null);
            }
            if (ready.getAsBoolean()) {
                return;
            }
            pause(Duration.ofMillis(200));
        }
        close();
        throw new ComponentStartException(name + " was not ready after " + timeout.toSeconds() + " s", logFile, null);
    }

    /** Waits for a short-lived command to finish successfully. */
    public void awaitSuccess(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new ComponentStartException(
                        name + " did not finish within " + timeout.toSeconds() + " s", logFile, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new ComponentStartException(name + " was interrupted", logFile, e);
        }
        if (process.exitValue() != 0) {
            throw new ComponentStartException(name + " failed with exit code " + process.exitValue(), logFile, null);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /** Asks the process tree to stop (SIGTERM), and kills whatever still runs after the grace period. */
    public void stop(Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("%s did not stop within %d s; killing it", name, grace.toSeconds());
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Kills the process at once, as a crash would. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(30));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("Interrupted while waiting", e));
        }
    }
}
