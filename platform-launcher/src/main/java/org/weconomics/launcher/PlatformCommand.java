package org.weconomics.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.weconomics.infrastructure.process.ChildProcess;

/**
 * {@code ./platform start | stop | status}: the one command that runs the whole platform.
 *
 * <p>{@code start} launches a detached supervisor (which owns every component process) and prints its
 * progress until the platform is ready or a component failed; {@code stop} asks the supervisor to stop
 * what it started; {@code status} says what runs.
 */
public final class PlatformCommand {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final PlatformSettings settings;

    private PlatformCommand(PlatformSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < 17) {
            fail("Java 17 or newer is needed; this is Java " + Runtime.version());
        }
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        String command = arguments.isEmpty() ? "start" : arguments.remove(0);
        PlatformSettings settings;
        try {
            settings = PlatformSettings.fromEnvironment(Path.of("").toAbsolutePath(), System.getenv());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        PlatformCommand platform = new PlatformCommand(settings);
        switch (command) {
            case "start" -> System.exit(platform.start(!arguments.contains("--no-demo-data")));
            case "stop" -> System.exit(platform.stop());
            case "status" -> System.exit(platform.status());
            case "supervise" -> new Supervisor(settings, !arguments.contains("--no-demo-data")).run();
            default -> fail("Usage: ./platform start [--no-demo-data] | stop | status");
        }
    }

    private int start(boolean loadDemoData) throws IOException, InterruptedException {
        Optional<ProcessHandle> running = runningSupervisor();
        if (running.isPresent()) {
            System.out.println(
                    "The platform already runs (supervisor pid " + running.get().pid() + ").");
            return status();
        }
        Files.createDirectories(settings.logs());
        Progress progress = new Progress(settings.progressFile());
        progress.reset();
        List<String> command = new ArrayList<>(List.of(
                "setsid",
                ChildProcess.javaExecutable(),
                "-Xmx256m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp",
                System.getProperty("java.class.path"),
                PlatformCommand.class.getName(),
                "supervise"));
        if (!loadDemoData) {
            command.add("--no-demo-data");
        }
        Process supervisor = new ProcessBuilder(command)
                .directory(settings.repository().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        settings.logFile("supervisor").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        Files.writeString(settings.supervisorPidFile(), Long.toString(supervisor.pid()));
        System.out.println("Starting the Weconomics platform; logs in " + settings.logs());
        return followProgress(supervisor) ? printReady() : 1;
    }

    /** Prints the supervisor's progress as it comes; true once it says the platform is ready. */
    private boolean followProgress(Process supervisor) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        int printed = 0;
        while (Instant.now().isBefore(deadline)) {
            List<String> lines = Files.exists(settings.progressFile())
                    ? Files.readAllLines(settings.progressFile(), StandardCharsets.UTF_8)
                    : List.of();
            for (; printed < lines.size(); printed++) {
                String line = lines.get(printed);
                if (line.equals(Progress.READY)) {
                    return true;
                }
                if (line.startsWith(Progress.FAILED)) {
                    supervisor.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    System.err.println(line);
                    System.err.println("Nothing is left running. Read the component's log named above, or "
                            + settings.logFile("supervisor") + ".");
                    return false;
                }
                System.out.println(line);
            }
            if (!supervisor.isAlive()) {
                System.err.println("The supervisor stopped unexpectedly; see " + settings.logFile("supervisor"));
                return false;
            }
            Thread.sleep(250);
        }
        System.err.println("The platform was not ready within " + START_TIMEOUT.toMinutes() + " minutes; stopping it.");
        stop();
        return false;
    }

    private int printReady() {
        String gateway = settings.gatewayUrl();
        System.out.println();
        System.out.println("The Weconomics platform is ready.");
        System.out.println("  Gateway (the API):   " + gateway + "/api/...");
        System.out.println("  Swagger UI:          " + gateway + "/q/swagger-ui");
        System.out.println("  OpenAPI document:    " + gateway + "/openapi");
        System.out.println("  Keycloak:            " + settings.keycloakUrl() + "  (console: admin / admin)");
        System.out.println("  Demo accounts (realm weconomics, password = user name):");
        System.out.println("    admin  admin and member");
        System.out.println("    anna   member of local group gent");
        System.out.println("    bram   member of local group antwerpen");
        System.out.println("    carla  member of gent and antwerpen");
        System.out.println("  Logs:                " + settings.logs());
        System.out.println("  Stop with:           ./platform stop");
        return 0;
    }

    private int stop() throws InterruptedException {
        Optional<ProcessHandle> running = runningSupervisor();
        if (running.isEmpty()) {
            System.out.println("The platform is not running.");
            return 0;
        }
        System.out.println(
                "Stopping the platform (supervisor pid " + running.get().pid() + ") ...");
        running.get().destroy();
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while (running.get().isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        if (running.get().isAlive()) {
            System.err.println("The supervisor did not stop within " + STOP_TIMEOUT.toSeconds()
                    + " s; killing it and its children.");
            running.get().descendants().forEach(ProcessHandle::destroyForcibly);
            running.get().destroyForcibly();
        }
        System.out.println("Stopped.");
        return 0;
    }

    private int status() {
        Optional<ProcessHandle> running = runningSupervisor();
        if (running.isEmpty()) {
            System.out.println("The platform is not running.");
            return 3;
        }
        System.out.println("The platform runs (supervisor pid " + running.get().pid() + "):");
        Properties components = new Properties();
        if (Files.exists(settings.componentsFile())) {
            try (InputStream in = Files.newInputStream(settings.componentsFile())) {
                components.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            System.out.println("  still starting; progress: " + settings.progressFile());
        }
        components.stringPropertyNames().stream()
                .sorted()
                .forEach(name -> System.out.println("  " + name + ": " + components.getProperty(name)));
        return 0;
    }

    private Optional<ProcessHandle> runningSupervisor() {
        Path pidFile = settings.supervisorPidFile();
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(handle -> handle.info()
                    .commandLine()
                    .map(line -> line.contains("supervise"))
                    .orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
