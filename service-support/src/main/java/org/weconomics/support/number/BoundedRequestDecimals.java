package org.weconomics.support.number;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;

/**
 * The JSON mapper of REST request and response bodies: the service's own, with every decimal of a request held to
 * the {@link DecimalLimits}, so that {@code 1e200000} is a 400 naming the field, and numbers and booleans held to
 * their JSON types ({@link StrictRequestTypes}), so that {@code "4.35"} is one too. Only the REST layer uses it:
 * events, stored responses and other JSON the service wrote itself carry computed figures (exact products, with
 * more digits than a request may send) and are read with the service's unbounded mapper.
 */
@Provider
@Singleton
public class BoundedRequestDecimals implements ContextResolver<ObjectMapper> {

    private final ObjectMapper restMapper;

    public BoundedRequestDecimals(ObjectMapper serviceMapper) {
        this.restMapper = StrictRequestTypes.applyTo(serviceMapper.copy())
                .registerModule(new SimpleModule("bounded-request-decimals")
                        .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return restMapper;
    }
}
