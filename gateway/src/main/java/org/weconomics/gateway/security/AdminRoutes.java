package org.weconomics.gateway.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.weconomics.gateway.config.GatewayConfig;

/**
 * The operations only administrators may call, refused at the gateway for everyone else so a member's
 * attempt never reaches a service. The services check the same roles again.
 */
public final class AdminRoutes {

    private final List<Rule> rules;

    public AdminRoutes(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static AdminRoutes of(List<GatewayConfig.AdminRoute> configured) {
        return new AdminRoutes(configured.stream()
                .map(route -> new Rule(route.methods().orElse(Set.of()), route.path()))
                .toList());
    }

    public boolean isAdminOnly(String method, String path) {
        return rules.stream().anyMatch(rule -> rule.matches(method, path));
    }

    /**
     * One admin-only operation.
     *
     * @param methods the methods it applies to; empty for all
     * @param pattern a path where {@code *} stands for one segment and a trailing {@code /**} for any rest
     */
    public record Rule(Set<String> methods, String pattern) {

        public Rule {
            methods = methods.stream()
                    .map(m -> m.trim().toUpperCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }

        boolean matches(String method, String path) {
            return (methods.isEmpty() || methods.contains(method.toUpperCase(Locale.ROOT))) && pathMatches(path);
        }

        private boolean pathMatches(String path) {
            String[] wanted = segments(pattern);
            String[] actual = segments(path);
            boolean anyRest = wanted.length > 0 && wanted[wanted.length - 1].equals("**");
            int fixed = anyRest ? wanted.length - 1 : wanted.length;
            if (anyRest ? actual.length < fixed : actual.length != fixed) {
                return false;
            }
            for (int i = 0; i < fixed; i++) {
                if (!wanted[i].equals("*") && !wanted[i].equals(actual[i])) {
                    return false;
                }
            }
            return true;
        }

        private static String[] segments(String path) {
            String trimmed = path.replaceAll("^/+|/+$", "");
            return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
        }
    }
}
