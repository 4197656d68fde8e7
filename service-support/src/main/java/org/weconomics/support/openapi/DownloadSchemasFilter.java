package org.weconomics.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.weconomics.support.http.Attachments;

/**
 * Documents every successful answer that is not JSON (SVG, PDF, CSV, DOCX, XLSX, Markdown) as a file:
 * {@code type: string, format: binary}. Declared as a plain string, generated clients parse the download as JSON
 * (openapi-generator's Java client fails on the first {@code <} of an SVG); as binary they hand the caller a file or
 * a blob. Streams (Server-Sent Events) and JSON keep their schemas. Each such answer names its
 * {@code Content-Disposition} header, which {@link Attachments} makes for every download.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DownloadSchemasFilter implements OASFilter {

    private static final Set<String> NOT_FILES = Set.of("application/json", "text/event-stream");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(operation -> {
                    if (operation.getResponses() == null) {
                        return;
                    }
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        if (status.startsWith("2") && response.getContent() != null) {
                            response.getContent().getMediaTypes().forEach((type, media) -> {
                                if (isFile(type)) {
                                    media.setSchema(OASFactory.createSchema()
                                            .type(List.of(Schema.SchemaType.STRING))
                                            .format("binary"));
                                    nameTheAttachment(response);
                                }
                            });
                        }
                    });
                }));
    }

    private static void nameTheAttachment(APIResponse response) {
        response.addHeader(
                Attachments.HEADER,
                OASFactory.createHeader()
                        .description(Attachments.DESCRIPTION)
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
    }

    private static boolean isFile(String mediaType) {
        String type = mediaType.toLowerCase();
        return !NOT_FILES.contains(type) && !type.endsWith("+json") && !type.equals("*/*");
    }
}
