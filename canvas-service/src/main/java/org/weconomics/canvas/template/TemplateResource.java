package org.weconomics.canvas.template;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.support.access.Roles;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;

@Path("/templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Templates",
        description = "Canvas templates: versioned blocks, guiding questions and tags, in Dutch and English")
public class TemplateResource {

    private static final String LANGUAGE_DESCRIPTION =
            "nl or en, with the usual weights (e.g. \"en-GB,en;q=0.9,nl;q=0.8\"). Dutch when absent or when neither is asked for.";

    private final TemplateService templates;
    private final IdempotentRequests idempotent;

    public TemplateResource(TemplateService templates, IdempotentRequests idempotent) {
        this.templates = templates;
        this.idempotent = idempotent;
    }

    @GET
    @Operation(
            operationId = "listTemplates",
            summary = "List templates",
            description = "The newest version of every template, by key, in the language Accept-Language asks for "
                    + "(Content-Language says which). Filter on a text in title, description or key (either language) "
                    + "and on a value tag the template allows.")
    @APIResponse(
            responseCode = "200",
            description = "One page of templates",
            headers =
                    @Header(
                            name = Language.CONTENT_LANGUAGE,
                            description = "nl or en",
                            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<PageView<TemplateSummaryView>> list(
            @Parameter(description = LANGUAGE_DESCRIPTION, example = "nl") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
                    String acceptLanguage,
            @Parameter(
                            description =
                                    "Only templates whose title, description or key contains this (case-insensitive).",
                            example = "business")
                    @QueryParam("text")
                    String text,
            @Parameter(description = "Only templates whose notes may carry this value tag.", example = "social")
                    @QueryParam("valueTag")
                    String valueTag,
            @BeanParam @Valid PageRequest page) {
        Language language = Language.negotiate(acceptLanguage);
        return localized(templates.list(text, ValueTag.fromParameter(valueTag, "valueTag"), language, page), language);
    }

    @GET
    @Path("/{templateKey}/versions")
    @Operation(
            operationId = "listTemplateVersions",
            summary = "List the versions of a template",
            description = "Oldest first, in the negotiated language.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the template's versions",
            headers =
                    @Header(
                            name = Language.CONTENT_LANGUAGE,
                            description = "nl or en",
                            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<PageView<TemplateSummaryView>> versions(
            @Parameter(description = LANGUAGE_DESCRIPTION, example = "nl") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
                    String acceptLanguage,
            @Parameter(example = "business-model-canvas") @PathParam("templateKey") String key,
            @BeanParam @Valid PageRequest page) {
        Language language = Language.negotiate(acceptLanguage);
        return localized(templates.versions(key, language, page), language);
    }

    @GET
    @Path("/{templateKey}/versions/{version}")
    @Operation(
            operationId = "getTemplateVersion",
            summary = "Read a template version in one language",
            description =
                    "Blocks with their grid positions, titles and guiding questions, groups, value tags and lenses, "
                            + "every text in the language Accept-Language asks for (Content-Language says which).")
    @APIResponse(
            responseCode = "200",
            description = "The template version",
            headers =
                    @Header(
                            name = Language.CONTENT_LANGUAGE,
                            description = "nl or en",
                            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<TemplateView> get(
            @Parameter(description = LANGUAGE_DESCRIPTION, example = "en") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
                    String acceptLanguage,
            @Parameter(example = "business-model-canvas") @PathParam("templateKey") String key,
            @Parameter(example = "1") @PathParam("version") int version) {
        Language language = Language.negotiate(acceptLanguage);
        return localized(TemplateView.of(templates.get(key, version), language), language);
    }

    @GET
    @Path("/{templateKey}/versions/{version}/document")
    @Operation(
            operationId = "getTemplateDocument",
            summary = "Read a template version in both languages",
            description = "The complete bilingual document, in the format admins send to add templates "
                    + "(canvas-templates/README.md). Useful to write the next version of a template.")
    @APIResponse(responseCode = "200", description = "The bilingual template document")
    public TemplateDocument document(
            @Parameter(example = "business-model-canvas") @PathParam("templateKey") String key,
            @Parameter(example = "1") @PathParam("version") int version) {
        return templates.get(key, version);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "createTemplate",
            summary = "Add a custom template (admins)",
            description = "Adds a new template as version 1. It is validated like the shipped ones: texts in Dutch and "
                    + "English, kebab-case keys, every block in one of the groups, blocks inside the grid, not "
                    + "overlapping and covering it. An Idempotency-Key makes a retry replay the first response.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the template version",
            content = @Content(schema = @Schema(implementation = TemplateDocument.class)))
    @APIResponse(responseCode = "403", description = "Only admins add templates")
    @APIResponse(responseCode = "409", description = "A template with this key exists; add a version of it instead")
    public RestResponse<TemplateDocument> create(
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            TemplateDocument document) {
        return idempotent.once(
                idempotencyKey, document, TemplateDocument.class, () -> created(templates.create(document)));
    }

    @POST
    @Path("/{templateKey}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "createTemplateVersion",
            summary = "Add a new version of a template (admins)",
            description = "The version must be the one after the newest; existing versions never change, so canvases "
                    + "keep the version they were made with. Validated like a new template.")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location names the new template version",
            content = @Content(schema = @Schema(implementation = TemplateDocument.class)))
    @APIResponse(responseCode = "403", description = "Only admins add template versions")
    public RestResponse<TemplateDocument> addVersion(
            @Parameter(description = IdempotentRequests.DESCRIPTION, example = IdempotentRequests.EXAMPLE)
                    @HeaderParam(IdempotentRequests.HEADER)
                    String idempotencyKey,
            @Parameter(example = "business-model-canvas") @PathParam("templateKey") String key,
            TemplateDocument document) {
        return idempotent.once(
                idempotencyKey, document, TemplateDocument.class, () -> created(templates.addVersion(key, document)));
    }

    private static RestResponse<TemplateDocument> created(TemplateDocument document) {
        return RestResponse.ResponseBuilder.<TemplateDocument>created(
                        URI.create("/templates/" + document.key() + "/versions/" + document.version()))
                .entity(document)
                .build();
    }

    private static <T> RestResponse<T> localized(T entity, Language language) {
        return RestResponse.ResponseBuilder.ok(entity)
                .header(Language.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
