package org.weconomics.gateway.stub;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/** Steers and inspects the stand-in services from a test, over HTTP. */
public final class Stubs {

    private Stubs() {}

    public static String url(String route) {
        return ConfigProvider.getConfig().getValue("weconomics.gateway.routes." + route + ".url", String.class);
    }

    /** How many requests for this service-side path reached the service. */
    public static int seen(String route, String servicePath) {
        return Integer.parseInt(given().baseUri(url(route))
                .queryParam("path", servicePath)
                .get("/__stub/seen")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    public static void readiness(String route, String status) {
        given().baseUri(url(route)).post("/__stub/ready/" + status).then().statusCode(200);
    }
}
