package org.weconomics.infrastructure.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Ports on the loopback interface. */
public final class FreePort {

    private static final Path EPHEMERAL_PORT_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST_CANDIDATE = 15000;
    private static final int DEFAULT_FIRST_EPHEMERAL_PORT = 32768;
    private static final int ATTEMPTS = 200;

    private FreePort() {}

    /**
     * A port nothing listens on right now, chosen below the kernel's ephemeral range: a component often binds
     * its port many seconds after the port was chosen, and a port from the ephemeral range may by then be the
     * local end of some outgoing connection, which makes the bind fail.
     */
    public static int find() {
        int firstEphemeral = firstEphemeralPort();
        if (firstEphemeral - LOWEST_CANDIDATE >= ATTEMPTS) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int candidate = ThreadLocalRandom.current().nextInt(LOWEST_CANDIDATE, firstEphemeral);
                if (canBind(candidate)) {
                    return candidate;
                }
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on loopback", e);
        }
    }

    /** Whether something accepts connections on the port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canBind(int port) {
        // The wildcard address: a component listening on all interfaces needs the port free on every one.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int firstEphemeralPort() {
        // A reader, not Files.readString: procfs reports a size of 0, and readString then returns a single byte.
        try (BufferedReader reader = Files.newBufferedReader(EPHEMERAL_PORT_RANGE)) {
            String[] range = reader.readLine().trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return DEFAULT_FIRST_EPHEMERAL_PORT;
        }
    }
}
