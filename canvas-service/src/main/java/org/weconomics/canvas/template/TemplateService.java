package org.weconomics.canvas.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.weconomics.canvas.InvalidFields;
import org.weconomics.support.access.Caller;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/** Reads template versions, and lets admins add custom templates and new versions, validated like the shipped ones. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class TemplateService {

    private static final String TEMPLATE = "Template";

    private final Caller caller;

    public TemplateService(Caller caller) {
        this.caller = caller;
    }

    /** The newest version of each template, by key; {@code text} matches title or description in either language. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<TemplateSummaryView> list(
            String text, ValueTag valueTag, Language language, @NotNull @Valid PageRequest page) {
        List<CanvasTemplate> matching = CanvasTemplate.latestVersions().stream()
                .filter(template -> text == null || text.isBlank() || mentions(template.document, text))
                .filter(template ->
                        valueTag == null || template.document.valueTags().contains(valueTag))
                .toList();
        List<TemplateSummaryView> items = matching.stream()
                .skip((long) page.page * page.size)
                .limit(page.size)
                .map(template -> TemplateSummaryView.of(template, language))
                .toList();
        return new PageView<>(
                items, page.page, page.size, matching.size(), (matching.size() + page.size - 1) / page.size);
    }

    /** Every version of the template, oldest first; one page of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<TemplateSummaryView> versions(
            @NotNull String key, Language language, @NotNull @Valid PageRequest page) {
        List<CanvasTemplate> versions = CanvasTemplate.versionsOf(key);
        if (versions.isEmpty()) {
            throw ProblemException.notFound(TEMPLATE, key);
        }
        return PageView.of(
                versions.stream()
                        .map(template -> TemplateSummaryView.of(template, language))
                        .toList(),
                page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateDocument get(@NotNull String key, int version) {
        return CanvasTemplate.findVersion(key, version)
                .orElseThrow(() -> ProblemException.notFound(TEMPLATE, key + " version " + version))
                .document;
    }

    /**
     * The template version a canvas is (to be) made from, refused as a bad request field when it does not exist.
     *
     * @param keyField the request field naming the template key
     * @param versionField the request field naming the version
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateDocument require(String key, int version, String keyField, String versionField) {
        if (CanvasTemplate.findLatest(key).isEmpty()) {
            throw ProblemException.invalidField(keyField, "is not the key of a template");
        }
        return CanvasTemplate.findVersion(key, version)
                .orElseThrow(() -> ProblemException.invalidField(versionField, "is not a version of template " + key))
                .document;
    }

    /** Adds a new template; its key must be new and its version 1. */
    public TemplateDocument create(@NotNull @Valid TemplateDocument document) {
        requireValid(document);
        if (CanvasTemplate.findLatest(document.key()).isPresent()) {
            throw new ProblemException(
                    ProblemType.DUPLICATE_TEMPLATE_KEY,
                    "A template with key " + document.key() + " exists; add a new version of it under /templates/"
                            + document.key() + "/versions");
        }
        if (document.version() != 1) {
            throw ProblemException.invalidField("version", "must be 1 for a new template");
        }
        return store(document, false).document;
    }

    /** Adds the next version of an existing template; the version must follow the newest one. */
    public TemplateDocument addVersion(@NotNull String key, @NotNull @Valid TemplateDocument document) {
        requireValid(document);
        if (!key.equals(document.key())) {
            throw ProblemException.invalidField("key", "must be " + key + ", the template this version belongs to");
        }
        CanvasTemplate newest =
                CanvasTemplate.findLatest(key).orElseThrow(() -> ProblemException.notFound(TEMPLATE, key));
        if (document.version() != newest.version + 1) {
            throw ProblemException.invalidField(
                    "version",
                    "must be " + (newest.version + 1)
                            + ", the version after the newest one; existing versions never change");
        }
        return store(document, false).document;
    }

    /** Stores a shipped template version unless it is stored already; false when it was. */
    boolean storeShippedIfAbsent(TemplateDocument document) {
        if (CanvasTemplate.findVersion(document.key(), document.version()).isPresent()) {
            return false;
        }
        store(document, true);
        return true;
    }

    /** Field-level rules are checked by Bean Validation on the way in; these are the rules across fields. */
    static void requireValid(TemplateDocument document) {
        InvalidFields.refuse(TemplateRules.violations(document));
    }

    private CanvasTemplate store(TemplateDocument document, boolean shipped) {
        CanvasTemplate template = new CanvasTemplate();
        template.templateKey = document.key();
        template.version = document.version();
        template.document = document;
        template.shipped = shipped;
        template.createdBy = shipped ? "weconomics" : caller.subject();
        template.createdAt = Timestamps.now();
        template.persistAndFlush();
        return template;
    }

    private static boolean mentions(TemplateDocument document, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return List.of(
                        document.title().nl(),
                        document.title().en(),
                        document.description().nl(),
                        document.description().en(),
                        document.key())
                .stream()
                .anyMatch(candidate -> candidate.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
