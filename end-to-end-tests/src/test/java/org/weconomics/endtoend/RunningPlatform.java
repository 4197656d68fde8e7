package org.weconomics.endtoend;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The platform every journey shares: started once per test run, the way the run command starts it,
 * and stopped when the run ends.
 */
public final class RunningPlatform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static PlatformInstance instance;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningPlatform.class) {
            if (instance == null) {
                PlatformInstance platform = new PlatformInstance();
                platform.start();
                instance = platform;
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(RunningPlatform.class.getName(), this);
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        instance.run(Duration.ofMinutes(3), "stop");
    }

    /** The gateway's base URL. */
    static String gateway() {
        return instance.gateway();
    }

    /** A token of a demo user from the real Keycloak. */
    static String token(String username) {
        try {
            return instance.token(username, username);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
