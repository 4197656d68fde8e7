package org.weconomics.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a service's role table is what its users read: every write route of the served OpenAPI document is a
 * row whose description ends with its "Who may:" line, and the root README lists every row. Each service's role
 * matrix test hands its table over as {@link Row}s.
 */
public final class RoleTableDocumentation {

    private static final List<String> WRITE_METHODS = List.of("post", "put", "delete", "patch");

    /**
     * One row of a role table as the documents show it.
     *
     * @param whoMay the line the operation's OpenAPI description ends with
     * @param whoMayList the README table's second column
     */
    public record Row(String method, String path, String whoMay, String whoMayList) {

        boolean isRoute(String method, String path) {
            return this.method.equalsIgnoreCase(method) && this.path.equals(path);
        }
    }

    private RoleTableDocumentation() {}

    /** Reads the application's {@code /q/openapi}: its write routes must be exactly the table's rows. */
    public static void assertServedDocumentStatesEveryRow(List<Row> table) {
        JsonPath document = given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> writeRoutes = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (WRITE_METHODS.contains(method)) {
                String route = method.toUpperCase() + " " + path;
                writeRoutes.add(route);
                Optional<Row> row = table.stream()
                        .filter(each -> each.isRoute(method, path))
                        .findFirst();
                assertThat(row).as(route + " in the role table").isPresent();
                assertThat(String.valueOf(operation.get("description")))
                        .as(route)
                        .endsWith(row.orElseThrow().whoMay())
                        .containsOnlyOnce("Who may:");
            }
        }));
        assertThat(writeRoutes).as("the write routes of the served document").hasSize(table.size());
    }

    /** The root README (the module's parent directory) has a table line {@code | `METHOD path` | who may |} per row. */
    public static void assertReadmeShowsEveryRow(List<Row> table) {
        String readme;
        try {
            readme = Files.readString(Path.of("..", "README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Row row : table) {
            assertThat(readme).contains("| `" + row.method() + " " + row.path() + "` | " + row.whoMayList() + " |");
        }
    }
}
