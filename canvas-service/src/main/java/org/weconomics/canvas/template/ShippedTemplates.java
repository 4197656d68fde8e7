package org.weconomics.canvas.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads the templates shipped in {@code canvas-templates/} into the database at start. A version already
 * stored is left alone (versions never change once canvases use them); a shipped file that is not valid
 * stops the service from starting, since it would be a defect of the release.
 */
@ApplicationScoped
public class ShippedTemplates {

    static final String FOLDER = "canvas-templates/";

    /** The shipped template versions, as file names without {@code .json}; a new version is a new entry. */
    static final List<String> FILES = List.of(
            "business-model-canvas.v1",
            "blended-business-model-canvas.v1",
            "community-model-canvas.v1",
            "ten-core-connections.v1",
            "seven-connecting-factors.v1",
            "partner-contribution-board.v1");

    private static final Logger LOG = Logger.getLogger(ShippedTemplates.class);

    private final ObjectMapper json;
    private final Validator validator;
    private final TemplateService templates;

    public ShippedTemplates(ObjectMapper json, Validator validator, TemplateService templates) {
        this.json = json;
        this.validator = validator;
        this.templates = templates;
    }

    void load(@Observes StartupEvent start) {
        for (String file : FILES) {
            TemplateDocument document = read(file);
            boolean stored = QuarkusTransaction.requiringNew().call(() -> templates.storeShippedIfAbsent(document));
            if (stored) {
                LOG.infof("Stored shipped template %s version %d", document.key(), document.version());
            }
        }
    }

    TemplateDocument read(String file) {
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + file + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Shipped template " + file + " is missing from " + FOLDER);
            }
            TemplateDocument document = json.readValue(in, TemplateDocument.class);
            requireValid(file, document);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("Shipped template " + file + " cannot be read", e);
        }
    }

    private void requireValid(String file, TemplateDocument document) {
        Set<ConstraintViolation<TemplateDocument>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Shipped template " + file + " is not valid: "
                    + violations.stream()
                            .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                            .collect(Collectors.joining("; ")));
        }
        TemplateService.requireValid(document);
        if (!file.equals(document.key() + ".v" + document.version())) {
            throw new IllegalStateException("Shipped template " + file + " holds " + document.key() + " version "
                    + document.version() + "; the file name must match");
        }
    }
}
