package org.weconomics.gateway.security;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.weconomics.gateway.config.GatewayConfig;
import org.weconomics.gateway.problem.ProblemResponses;
import org.weconomics.support.problem.ProblemType;

/**
 * Lets a request on only with a valid access token (signature, issuer, expiry and audience, checked by
 * quarkus-oidc against Keycloak's cached keys), and only an administrator on admin routes. Nothing has
 * been sent to a service when this refuses.
 */
@ApplicationScoped
public class GatewayAuthentication implements Handler<RoutingContext> {

    /** Where the verified caller's subject is left for the handlers after this one. */
    public static final String SUBJECT = "weconomics.subject";

    private static final Logger LOG = Logger.getLogger(GatewayAuthentication.class);
    private static final String ADMIN = "admin";

    private static final BiConsumer<RoutingContext, Throwable> IGNORE_FAILURE = (request, failure) -> {};

    private final ProblemResponses problems;
    private final AdminRoutes adminRoutes;

    public GatewayAuthentication(ProblemResponses problems, GatewayConfig config) {
        this.problems = problems;
        this.adminRoutes = AdminRoutes.of(config.adminRoutes());
    }

    @Override
    public void handle(RoutingContext request) {
        Context vertxContext = Vertx.currentContext();
        // Quarkus would answer a bad token with its own empty 401; this handler answers instead.
        request.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_FAILURE);
        QuarkusHttpUser.getSecurityIdentity(request, null)
                .subscribe()
                .with(
                        identity -> vertxContext.runOnContext(ignored -> decide(request, identity)),
                        failure -> vertxContext.runOnContext(ignored -> refuse(request, failure)));
    }

    private void decide(RoutingContext request, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthenticated(request, "A bearer token is required");
            return;
        }
        if (!identity.hasRole(ADMIN)
                && adminRoutes.isAdminOnly(request.request().method().name(), request.normalizedPath())) {
            problems.send(request, ProblemType.FORBIDDEN, "Only administrators may do this");
            return;
        }
        request.put(SUBJECT, subjectOf(identity));
        request.next();
    }

    private void refuse(RoutingContext request, Throwable failure) {
        if (failure instanceof OIDCException) {
            LOG.warnf("Token verification impossible on %s: %s", request.normalizedPath(), failure.getMessage());
            problems.send(
                    request, ProblemType.SERVICE_UNAVAILABLE, "Tokens cannot be verified right now; try again shortly");
            return;
        }
        unauthenticated(request, "The bearer token is not valid here (signature, issuer, audience or expiry)");
    }

    private void unauthenticated(RoutingContext request, String detail) {
        request.response().putHeader("WWW-Authenticate", "Bearer");
        problems.send(request, ProblemType.UNAUTHENTICATED, detail);
    }

    private static String subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
