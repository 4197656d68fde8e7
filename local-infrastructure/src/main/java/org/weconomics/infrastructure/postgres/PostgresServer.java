package org.weconomics.infrastructure.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.weconomics.infrastructure.process.ComponentStartException;

/**
 * A real PostgreSQL server: the embedded binaries shipped in a jar (a fresh or a persistent data
 * directory), or an existing server named by its JDBC URL. Each service gets a database of its own.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String username;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, String host, int port, String username, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
    }

    /**
     * Starts the embedded binaries.
     *
     * @param dataDirectory where the cluster lives; kept across starts when given, a fresh temporary one when null
     * @param port the port to listen on, or 0 for any free one
     * @param logFile where the server's output goes
     */
    public static PostgresServer startEmbedded(Path dataDirectory, int port, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.debugf("PostgreSQL listens on port %d", postgres.getPort());
            return new PostgresServer(postgres, "localhost", postgres.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new ComponentStartException("PostgreSQL could not be started: " + e.getMessage(), logFile, e);
        }
    }

    /** An existing server; nothing is started or stopped, databases are created on it. */
    public static PostgresServer existing(String host, int port, String username, String password) {
        return new PostgresServer(null, host, port, username, password);
    }

    /** Creates the database unless it exists, and returns its JDBC URL. */
    public String ensureDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
                Statement statement = connection.createStatement()) {
            boolean exists;
            try (var result = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                exists = result.next();
            }
            if (!exists) {
                statement.execute("create database " + name);
            }
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + name + " could not be created: " + e.getMessage(), e);
        }
    }

    /** Drops the database if it exists, closing its connections; for tests on a shared server. */
    public void dropDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + name + " could not be dropped: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warnf("PostgreSQL did not stop cleanly: %s", e.getMessage());
            }
        }
    }
}
