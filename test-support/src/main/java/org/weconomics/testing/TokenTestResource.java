package org.weconomics.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Makes the service under test verify tokens the way it does in production (signature, issuer,
 * expiry, audience), against the public half of the test signing key that {@link TestTokens} signs with.
 */
public class TokenTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key",
                TestTokens.trustedPublicKey(),
                "quarkus.oidc.token.issuer",
                TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // Nothing runs: the keys are files of this module.
    }
}
