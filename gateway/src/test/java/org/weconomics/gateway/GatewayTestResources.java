package org.weconomics.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.weconomics.gateway.stub.StubUpstreams;
import org.weconomics.testing.TokenTestResource;

/**
 * What every gateway test runs against, started once for the whole run (Quarkus finds these annotations in
 * the test index): stand-in services on real ports and real signed tokens.
 */
@WithTestResource(value = StubUpstreams.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
public final class GatewayTestResources {

    private GatewayTestResources() {}
}
