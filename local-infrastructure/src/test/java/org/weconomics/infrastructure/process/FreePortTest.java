package org.weconomics.infrastructure.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void choosesABindablePortOutsideTheEphemeralRangeSoOutgoingConnectionsCannotTakeIt() throws IOException {
        int firstEphemeral;
        try (BufferedReader range = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            firstEphemeral = Integer.parseInt(range.readLine().trim().split("\\s+")[0]);
        }

        int port = FreePort.find();

        assertThat(port).isLessThan(firstEphemeral);
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(port));
            assertThat(FreePort.isListening(port)).isTrue();
        }
        assertThat(FreePort.isListening(port)).isFalse();
    }
}
