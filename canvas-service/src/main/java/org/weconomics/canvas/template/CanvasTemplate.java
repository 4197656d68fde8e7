package org.weconomics.canvas.template;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored version of a template; it never changes once written, because canvases point at it. */
@Entity
@Table(name = "canvas_template")
@IdClass(CanvasTemplate.VersionId.class)
public class CanvasTemplate extends PanacheEntityBase {

    @Id
    @Column(name = "template_key")
    public String templateKey;

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public TemplateDocument document;

    /** Shipped with the platform (loaded from canvas-templates/) rather than written by an admin. */
    @Column(nullable = false)
    public boolean shipped;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Optional<CanvasTemplate> findVersion(String key, int version) {
        return find("templateKey = ?1 and version = ?2", key, version).firstResultOptional();
    }

    public static Optional<CanvasTemplate> findLatest(String key) {
        return find("templateKey", Sort.descending("version"), key).firstResultOptional();
    }

    public static List<CanvasTemplate> versionsOf(String key) {
        return list("templateKey", Sort.ascending("version"), key);
    }

    /** The newest version of every template, by key. Templates are few, so this is done here rather than in SQL. */
    public static List<CanvasTemplate> latestVersions() {
        Map<String, CanvasTemplate> newest = new TreeMap<>();
        CanvasTemplate.<CanvasTemplate>listAll()
                .forEach(template -> newest.merge(
                        template.templateKey, template, (one, other) -> one.version >= other.version ? one : other));
        return List.copyOf(newest.values());
    }

    /** The composite primary key: template key and version. */
    public static class VersionId implements Serializable {

        private static final long serialVersionUID = 1L;

        public String templateKey;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof VersionId id
                    && id.version == version
                    && Objects.equals(id.templateKey, templateKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(templateKey, version);
        }
    }
}
