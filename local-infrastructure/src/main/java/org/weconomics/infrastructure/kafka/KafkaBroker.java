package org.weconomics.infrastructure.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.jboss.logging.Logger;
import org.weconomics.infrastructure.process.ChildProcess;
import org.weconomics.infrastructure.process.ComponentStartException;
import org.weconomics.infrastructure.process.FreePort;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run from the
 * jars that {@code kafka-broker-runtime} resolved, on a log directory formatted on first start. It
 * can be stopped and started again on the same port and directory, as a broker outage would be.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    private static final String CLASSPATH_RESOURCE = "/kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final Path logFile;
    private ChildProcess process;

    private KafkaBroker(Path directory, int port, int controllerPort, Path logFile) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logFile = logFile;
    }

    /**
     * Formats the directory if it is new and starts the broker.
     *
     * @param directory holds the configuration and the log directory; kept across starts
     * @param port the client port, or 0 for any free one
     * @param logFile where the broker's output goes
     */
    public static KafkaBroker start(Path directory, int port, Path logFile) {
        KafkaBroker broker = new KafkaBroker(directory, port > 0 ? port : FreePort.find(), FreePort.find(), logFile);
        broker.start();
        return broker;
    }

    /** Starts the broker again after {@link #stop()}, on the same port and data. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (FreePort.isListening(port)) {
            throw new ComponentStartException("Kafka cannot listen on port " + port + ": it is taken", logFile, null);
        }
        Path configuration = writeConfiguration();
        if (!Files.exists(logDirectory().resolve("meta.properties"))) {
            format(configuration);
        }
        List<String> command = javaCommand("kafka.Kafka", configuration.toString());
        process = ChildProcess.start("Kafka", command, directory, Map.of(), logFile);
        process.awaitReady(() -> FreePort.isListening(port) && answers(), START_TIMEOUT);
        LOG.debugf("Kafka listens on %s", bootstrapServers());
    }

    /** Stops the broker cleanly (controlled shutdown); data and port stay reserved for {@link #start()}. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private void format(Path configuration) {
        List<String> command = javaCommand(
                "kafka.tools.StorageTool",
                "format",
                "--cluster-id",
                Uuid.randomUuid().toString(),
                "--config",
                configuration.toString(),
                "--ignore-formatted");
        ChildProcess.start("Kafka storage format", command, directory, Map.of(), logFile)
                .awaitSuccess(Duration.ofSeconds(60));
    }

    private boolean answers() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        try (Admin admin = Admin.create(properties)) {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private List<String> javaCommand(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                ChildProcess.javaExecutable(),
                "-Xms128m",
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + writeLoggingConfiguration(),
                "-cp",
                brokerClasspath(),
                mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private Path logDirectory() {
        return directory.resolve("data");
    }

    private Path writeConfiguration() {
        String configuration = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDirectory(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
        return write(directory.resolve("server.properties"), configuration);
    }

    private Path writeLoggingConfiguration() {
        String configuration = String.join(
                "\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.kafka.name = kafka",
                "logger.kafka.level = warn",
                "logger.apache.name = org.apache.kafka",
                "logger.apache.level = warn",
                "logger.started.name = kafka.server.KafkaRaftServer",
                "logger.started.level = info",
                "");
        return write(directory.resolve("log4j2.properties"), configuration);
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        CLASSPATH_RESOURCE + " is missing: build the kafka-broker-runtime module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CLASSPATH_RESOURCE, e);
        }
    }
}
