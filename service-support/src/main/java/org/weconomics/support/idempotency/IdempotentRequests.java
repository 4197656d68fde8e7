package org.weconomics.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.weconomics.support.access.Caller;
import org.weconomics.support.problem.Problem;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/**
 * Makes a POST safe to retry: with an {@code Idempotency-Key} header, the first request's effect and its
 * response are committed in one transaction; a retry with the same key and the same request replays that
 * response (with {@value #REPLAYED_HEADER}) and creates nothing new; the same key with another request is
 * refused with 422. Without the header the action simply runs.
 *
 * <p>A resource wraps its POST: {@code return requests.once(key, body, View.class, () -> created(...))}.
 * The action joins this transaction, so a failed action leaves no key behind and may be retried.
 * Concurrent requests with one key are serialised by the key's primary key: the second waits for the first
 * to commit and then replays it.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;
    /** For the header's {@code @Parameter} in OpenAPI, the same on every idempotent route. */
    public static final String DESCRIPTION = "Makes a retry of this request create nothing new: the first response is "
            + "replayed (with Idempotent-Replayed: true). The same key with a different request gets 422. Any unique "
            + "string of up to 200 visible characters, such as a UUID.";

    public static final String EXAMPLE = "3b1f0c1e-6a52-4d2e-9a57-1c0f7f3f2a10";

    private final EntityManager entityManager;
    private final Caller caller;
    private final HttpServerRequest httpRequest;
    private final ObjectMapper json;
    private final IdempotencyConfig config;

    public IdempotentRequests(
            EntityManager entityManager,
            Caller caller,
            HttpServerRequest httpRequest,
            ObjectMapper json,
            IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.httpRequest = httpRequest;
        this.json = json;
        this.config = config;
    }

    /**
     * Runs {@code action} once per key.
     *
     * @param key the {@code Idempotency-Key} header, or null to run without replay protection
     * @param requestBody the request body, part of what makes two requests "the same"; may be null
     * @param responseType the entity type of the response, to read a stored response back
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> RestResponse<T> once(
            String key, Object requestBody, Class<T> responseType, Supplier<RestResponse<T>> action) {
        if (key == null) {
            return action.get();
        }
        requireWellFormed(key);
        String fingerprint = fingerprint(requestBody);
        removeExpired();
        if (claim(key, fingerprint)) {
            RestResponse<T> response = action.get();
            remember(key, response);
            return response;
        }
        return replay(key, fingerprint, responseType);
    }

    private static void requireWellFormed(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalidField(
                    HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
        }
    }

    /** Inserts the key unless it exists; waits for a concurrent holder of the same key to finish. */
    private boolean claim(String key, String fingerprint) {
        int inserted = entityManager
                .createNativeQuery(
                        """
                INSERT INTO idempotency_key (caller, idempotency_key, request_fingerprint, created_at)
                VALUES (:caller, :key, :fingerprint, :now)
                ON CONFLICT (caller, idempotency_key) DO NOTHING""")
                .setParameter("caller", caller.subject())
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .setParameter("now", Timestamps.now())
                .executeUpdate();
        return inserted == 1;
    }

    private void remember(String key, RestResponse<?> response) {
        entityManager
                .createNativeQuery(
                        """
                UPDATE idempotency_key SET response_status = :status, response_location = :location, response_body = :body
                WHERE caller = :caller AND idempotency_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter(
                        "location",
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter("body", response.hasEntity() ? write(response.getEntity()) : null)
                .setParameter("caller", caller.subject())
                .setParameter("key", key)
                .executeUpdate();
    }

    private <T> RestResponse<T> replay(String key, String fingerprint, Class<T> responseType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        """
                SELECT request_fingerprint, response_status, response_location, response_body FROM idempotency_key
                WHERE caller = :caller AND idempotency_key = :key""")
                .setParameter("caller", caller.subject())
                .setParameter("key", key)
                .getResultList();
        Object[] stored = rows.get(0);
        if (!fingerprint.equals(stored[0])) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request",
                    List.of(new Problem.InvalidField(HEADER, "was used for another request")),
                    null);
        }
        RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder.<T>create(
                        ((Number) stored[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (stored[2] != null) {
            builder.location(URI.create((String) stored[2]));
        }
        if (stored[3] != null) {
            builder.entity(read((String) stored[3], responseType));
        }
        return builder.build();
    }

    private void removeExpired() {
        entityManager
                .createNativeQuery("DELETE FROM idempotency_key WHERE created_at < :cutoff")
                .setParameter("cutoff", Timestamps.now().minus(config.retention()))
                .executeUpdate();
    }

    private String fingerprint(Object requestBody) {
        String request =
                httpRequest.method() + " " + httpRequest.uri() + "\n" + (requestBody == null ? "" : write(requestBody));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getName() + " as JSON", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot replay a stored " + type.getName(), e);
        }
    }
}
