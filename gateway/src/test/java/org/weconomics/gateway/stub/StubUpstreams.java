package org.weconomics.gateway.stub;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts a stand-in for each of the three services and points the gateway's routes at them. */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private final List<StubService> services = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String name : StubService.names()) {
            StubService service = StubService.start(vertx, name);
            services.add(service);
            config.put("weconomics.gateway.routes." + name + ".url", service.url());
        }
        return config;
    }

    @Override
    public void stop() {
        services.forEach(StubService::stop);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
