package org.weconomics.support.access.table;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of a service's role table: a write route and the roles that may call it. Each service keeps its table as
 * an enum of rows; its request filter enforces it, {@link WhoMayDescriptions} states each row in the OpenAPI document
 * and the service's role matrix test calls every row as every role.
 *
 * @param <R> the service's roles
 */
public interface RoleTableRow<R extends Enum<R> & RoleLabel> {

    String method();

    /** The route's path template, exactly as the OpenAPI document names it. */
    String path();

    Set<R> allowed();

    default boolean allows(Set<R> held) {
        return held.stream().anyMatch(allowed()::contains);
    }

    /** The one line the operation's OpenAPI description ends with, roles in their declaration order. */
    default String whoMay() {
        return "Who may: " + whoMayList() + ".";
    }

    /** The roles that may, as the README's table lists them. */
    default String whoMayList() {
        return EnumSet.copyOf(allowed()).stream().map(RoleLabel::label).collect(Collectors.joining(", "));
    }

    /** Whether this row is the route of a request: same method, same path template. */
    default boolean isRoute(String method, String pathTemplate) {
        return method().equalsIgnoreCase(method) && path().equals(pathTemplate);
    }
}
