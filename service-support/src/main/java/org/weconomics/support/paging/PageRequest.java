package org.weconomics.support.paging;

import io.quarkus.panache.common.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every list of the platform takes: {@code page} (from 0) and
 * {@code size} (1 to 200); {@code page} stops where page × size would overflow the query's offset. Use it as a {@code @BeanParam @Valid}.
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    /** The last page whose first item's offset (page × size) still fits the database query's int offset. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Page number, from 0 to 10737416.", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 200.", example = "50")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public Page toPanache() {
        return Page.of(page, size);
    }
}
