package org.weconomics.infrastructure.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.logging.Logger;
import org.weconomics.infrastructure.process.ChildProcess;
import org.weconomics.infrastructure.process.FreePort;

/**
 * The Keycloak server distribution: the zip Maven resolved, unpacked once into a cache directory that
 * every instance shares read-only.
 *
 * <p>Unpacking happens in a temporary sibling directory, which is also started once so that Keycloak's
 * build step (the Quarkus re-augmentation {@code start-dev} performs for the options that
 * {@link KeycloakServer} uses) is done before the directory is renamed into place atomically. A cache
 * directory therefore exists only complete and already built; an instance never writes into it.
 */
final class KeycloakDistribution {

    private static final Logger LOG = Logger.getLogger(KeycloakDistribution.class);

    static final String PROPERTIES_RESOURCE = "/org/weconomics/infrastructure/distributions.properties";
    static final String ZIP_PROPERTY = "keycloak.dist.zip";
    static final String VERSION_PROPERTY = "keycloak.dist.version";
    static final String REALM_FILE_PROPERTY = "keycloak.realm.file";
    private static final String FALLBACK_VERSION = "26.5.6";
    private static final String PREPARED_MARKER = ".weconomics-prepared";
    private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_EXECUTE);

    private KeycloakDistribution() {}

    /** The build-time properties: where the zip is, which version, where the realm file is. */
    static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream(PROPERTIES_RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PROPERTIES_RESOURCE, e);
        }
        return properties;
    }

    /** A build-time property, or null when missing or left unfiltered (a build without resource processing). */
    static String buildProperty(String name) {
        String value = buildProperties().getProperty(name);
        return value == null || value.isBlank() || value.contains("${") ? null : value.trim();
    }

    static String version() {
        String version = buildProperty(VERSION_PROPERTY);
        return version != null ? version : FALLBACK_VERSION;
    }

    /** The distribution zip in the local Maven repository, as the build recorded it. */
    static Path zip() {
        String location = buildProperty(ZIP_PROPERTY);
        if (location == null) {
            throw new IllegalStateException(ZIP_PROPERTY + " is not set in " + PROPERTIES_RESOURCE
                    + ": build local-infrastructure with Maven (its dependency:properties goal fills it in)");
        }
        Path zip = Path.of(location);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(
                    "The Keycloak distribution " + zip + " is missing: run the Maven build again");
        }
        return zip;
    }

    /** {@code ${user.home}/.cache/weconomics/keycloak-<version>}. */
    static Path defaultCacheDirectory(String version) {
        return Path.of(System.getProperty("user.home"), ".cache", "weconomics", "keycloak-" + version);
    }

    /**
     * Returns the cache directory, unpacking and building the distribution into it first if it is not
     * there yet. Threads of this JVM wait on a monitor, other processes on a lock file.
     */
    static synchronized Path prepare(Path zip, Path cacheDirectory, Duration buildTimeout) {
        Path cache = cacheDirectory.toAbsolutePath().normalize();
        if (isPrepared(cache)) {
            return cache;
        }
        Path parent = cache.getParent();
        String name = cache.getFileName().toString();
        try {
            Files.createDirectories(parent);
            try (FileChannel channel = FileChannel.open(
                    parent.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    if (isPrepared(cache)) {
                        return cache;
                    }
                    if (Files.exists(cache)) {
                        // Only a rename puts a directory there, with the marker inside; this one is something else.
                        LOG.warnf("%s is incomplete (no %s); unpacking the distribution again", cache, PREPARED_MARKER);
                        deleteTree(cache);
                    }
                    unpackAndBuild(zip, cache, parent.resolve(name + "-build.log"), buildTimeout);
                    return cache;
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Keycloak distribution in " + cache, e);
        }
    }

    private static boolean isPrepared(Path cache) {
        return Files.isRegularFile(cache.resolve(PREPARED_MARKER)) && Files.isRegularFile(cache.resolve("bin/kc.sh"));
    }

    private static void unpackAndBuild(Path zip, Path cache, Path buildLog, Duration buildTimeout) throws IOException {
        Instant started = Instant.now();
        Path temporary = Files.createTempDirectory(cache.getParent(), "." + cache.getFileName() + "-");
        boolean moved = false;
        try {
            LOG.infof("Unpacking %s into %s (once)", zip.getFileName(), cache);
            unzip(zip, temporary);
            makeScriptsExecutable(temporary.resolve("bin"));
            build(temporary, buildLog, buildTimeout);
            deleteTree(temporary.resolve("data"));
            Files.writeString(
                    temporary.resolve(PREPARED_MARKER),
                    "Unpacked from " + zip + " and built at " + Instant.now() + "\n",
                    StandardCharsets.UTF_8);
            try {
                Files.move(temporary, cache, StandardCopyOption.ATOMIC_MOVE);
                moved = true;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                LOG.debugf("%s was prepared by someone else meanwhile", cache);
            }
            LOG.infof(
                    "Keycloak distribution ready in %s after %d s",
                    cache, Duration.between(started, Instant.now()).toSeconds());
        } finally {
            if (!moved) {
                deleteTree(temporary);
            }
        }
    }

    /** Unpacks the zip, dropping its top-level {@code keycloak-<version>/} directory. */
    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path destination = target.resolve(relative).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Zip entry outside the target directory: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static void makeScriptsExecutable(Path bin) throws IOException {
        try (var scripts = Files.list(bin)) {
            for (Path script : (Iterable<Path>) scripts::iterator) {
                if (script.getFileName().toString().endsWith(".sh")) {
                    makeExecutable(script);
                }
            }
        }
    }

    static void makeExecutable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, EXECUTABLE);
        } catch (UnsupportedOperationException e) {
            if (!file.toFile().setExecutable(true, false)) {
                throw new IOException("Cannot make " + file + " executable", e);
            }
        }
    }

    /**
     * Starts the freshly unpacked distribution once with the build options of {@link KeycloakServer},
     * so that {@code start-dev} persists its build in {@code lib/quarkus}; then stops it.
     */
    private static void build(Path home, Path buildLog, Duration timeout) throws IOException {
        LOG.infof("Building Keycloak for development mode (once, about 20 s; log: %s)", buildLog);
        Files.deleteIfExists(buildLog);
        int managementPort = FreePort.find();
        var command = KeycloakServer.command(home, "127.0.0.1", FreePort.find(), managementPort, null, false);
        try (ChildProcess process = ChildProcess.start(
                "Keycloak (first-time build)",
                command,
                home,
                Map.of("JAVA", ChildProcess.javaExecutable()),
                buildLog)) {
            BooleanSupplier ready = KeycloakServer.answers200("http://127.0.0.1:" + managementPort + "/health/ready");
            process.awaitReady(ready, timeout);
            process.stop(Duration.ofSeconds(30));
        }
    }

    /** Deletes a directory tree without following symbolic links (a link is deleted, not its target). */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
