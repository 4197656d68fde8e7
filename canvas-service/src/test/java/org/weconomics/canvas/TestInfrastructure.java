package org.weconomics.canvas;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.weconomics.testing.KafkaTestResource;
import org.weconomics.testing.PostgresTestResource;
import org.weconomics.testing.TokenTestResource;

/** The real components every test of this module runs against, started once for the whole run. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
final class TestInfrastructure {

    private TestInfrastructure() {}
}
