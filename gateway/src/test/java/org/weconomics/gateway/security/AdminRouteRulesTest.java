package org.weconomics.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminRouteRulesTest {

    private final AdminRoutes routes = new AdminRoutes(List.of(
            new AdminRoutes.Rule(Set.of("post", "DELETE"), "/api/partnership/local-groups/**"),
            new AdminRoutes.Rule(Set.of(), "/api/canvas/templates/*/publish")));

    @Test
    void aTrailingDoubleStarCoversThePathItselfAndEverythingBelow() {
        assertThat(routes.isAdminOnly("POST", "/api/partnership/local-groups")).isTrue();
        assertThat(routes.isAdminOnly("DELETE", "/api/partnership/local-groups/gent/members/anna"))
                .isTrue();
        assertThat(routes.isAdminOnly("POST", "/api/partnership/local-groups-archive"))
                .isFalse();
    }

    @Test
    void onlyTheListedMethodsAreAdminOnly() {
        assertThat(routes.isAdminOnly("GET", "/api/partnership/local-groups/gent"))
                .isFalse();
        assertThat(routes.isAdminOnly("post", "/api/partnership/local-groups/gent"))
                .isTrue();
    }

    @Test
    void aSingleStarMatchesExactlyOneSegmentForEveryMethodWhenNoneAreListed() {
        assertThat(routes.isAdminOnly("GET", "/api/canvas/templates/bmc/publish"))
                .isTrue();
        assertThat(routes.isAdminOnly("GET", "/api/canvas/templates/publish")).isFalse();
        assertThat(routes.isAdminOnly("GET", "/api/canvas/templates/a/b/publish"))
                .isFalse();
    }
}
