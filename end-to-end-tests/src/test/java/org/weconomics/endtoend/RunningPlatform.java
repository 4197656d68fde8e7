package org.weconomics.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.weconomics.infrastructure.platform.PlatformInstance;

/**
 * The platform every journey shares: started once per test run, the way the run command starts it,
 * and stopped when the run ends.
 */
public final class RunningPlatform implements BeforeAllCallback, AutoCloseable {

    /** The repository root; the tests run in the module directory. */
    public static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    /**
     * A partner front-end's origin that only this test run allows: the gateway's CORS list is configured through the
     * environment, as an operator configures it, on top of the default development origins.
     */
    public static final String PARTNER_ORIGIN = "https://frontend.partner.example";

    private static PlatformInstance instance;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningPlatform.class) {
            if (instance == null) {
                PlatformInstance platform = newPlatform()
                        .environment(
                                "WECONOMICS_GATEWAY_CORS_ORIGINS",
                                "http://localhost:8080,http://localhost:3000," + PARTNER_ORIGIN);
                PlatformInstance.Result started = platform.start(false, Duration.ofMinutes(8));
                assertThat(started.exitCode()).as(started.output()).isZero();
                instance = platform;
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(RunningPlatform.class.getName(), this);
            }
        }
    }

    /** A platform on free ports with a run directory of its own under {@code target/}. */
    static PlatformInstance newPlatform() throws java.io.IOException {
        Path runDirectory = Files.createTempDirectory(
                Files.createDirectories(Path.of("target").toAbsolutePath()), "platform-");
        return PlatformInstance.onFreePorts(REPOSITORY, runDirectory);
    }

    @Override
    public void close() {
        instance.stop();
    }

    /** The gateway's base URL. */
    public static String gateway() {
        return instance.gateway();
    }

    /** The shared Keycloak's base URL, for components the resilience checks start on their own. */
    public static String keycloak() {
        return instance.keycloak();
    }

    /** A token of a demo user from the real Keycloak. */
    public static String token(String username) {
        return instance.token(username, username);
    }
}
