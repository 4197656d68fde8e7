package org.weconomics.partnership.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner's answers to the questionnaire, by question key; a question without an answer was skipped. */
@Entity
@Table(name = "questionnaire_answers")
public class QuestionnaireAnswers extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> answers = new HashMap<>();

    @Column(name = "answered_by", nullable = false)
    public String answeredBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /**
     * The version clients see: 0 while the partner answered nothing, one more than the stored version after, so
     * that the first answers already move the ETag.
     */
    static long visibleVersion(QuestionnaireAnswers answers) {
        return answers == null ? 0 : answers.version + 1;
    }
}
