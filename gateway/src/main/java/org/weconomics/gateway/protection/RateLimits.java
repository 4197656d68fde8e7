package org.weconomics.gateway.protection;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.weconomics.gateway.config.GatewayConfig;
import org.weconomics.gateway.problem.ProblemResponses;
import org.weconomics.gateway.security.GatewayAuthentication;
import org.weconomics.support.problem.ProblemType;

/**
 * Request rates per client address (checked before the token, so floods cost no verification) and per
 * token subject (checked after it, so one member cannot crowd out the others behind a shared address).
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimiter perClientIp;
    private final RateLimiter perSubject;
    private final ProblemResponses problems;

    public RateLimits(GatewayConfig config, ProblemResponses problems) {
        GatewayConfig.RateLimits limits = config.rateLimit();
        this.perClientIp = new RateLimiter(limits.perClientIp(), limits.maxTrackedKeys(), System::nanoTime);
        this.perSubject = new RateLimiter(limits.perSubject(), limits.maxTrackedKeys(), System::nanoTime);
        this.problems = problems;
    }

    public Handler<RoutingContext> perClientIp() {
        return request -> {
            String address = request.request().remoteAddress() == null
                    ? "unknown"
                    : request.request().remoteAddress().hostAddress();
            admit(request, perClientIp.take(address), "from your address");
        };
    }

    public Handler<RoutingContext> perSubject() {
        return request ->
                admit(request, perSubject.take(request.get(GatewayAuthentication.SUBJECT)), "for your account");
    }

    private void admit(RoutingContext request, Duration wait, String whose) {
        if (wait.isZero()) {
            request.next();
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        request.response().putHeader("Retry-After", Long.toString(seconds));
        problems.send(
                request,
                ProblemType.TOO_MANY_REQUESTS,
                "Too many requests " + whose + "; retry after " + seconds + " s");
    }
}
