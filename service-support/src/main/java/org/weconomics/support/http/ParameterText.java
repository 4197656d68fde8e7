package org.weconomics.support.http;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.text.ControlCharacters;

/**
 * Applies the {@link ControlCharacters} rule to the decoded query and path parameters of every request, the
 * same rule as for body strings: parameters reach the database too.
 */
public class ParameterText {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getQueryParameters(true));
        check(uri.getPathParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                ControlCharacters.violationIn(value).ifPresent(violation -> {
                    throw ProblemException.invalidField(parameter.getKey(), violation);
                });
            }
        }
    }
}
