package org.weconomics.support.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, with what a client needs to page on.
 *
 * @param items the items of this page
 * @param page this page's number, from 0
 * @param size the requested page size
 * @param totalItems how many items match in all
 * @param totalPages how many pages of this size there are
 */
@Schema(description = "One page of a list.")
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** Runs a query for one page and maps its entities to views. */
    public static <E, T> PageView<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> toView) {
        PanacheQuery<E> paged = query.page(request.toPanache());
        long total = paged.count();
        List<T> items = paged.list().stream().map(toView).toList();
        int pages = (int) ((total + request.size - 1) / request.size);
        return new PageView<>(items, request.page, request.size, total, pages);
    }

    /**
     * One page of a list that is already in memory: for lists a query cannot page because they are filtered by
     * rules in code (what the caller may read) or come from a catalogue rather than the database.
     */
    public static <T> PageView<T> of(List<T> all, PageRequest request) {
        long from = Math.min((long) request.page * request.size, all.size());
        int to = (int) Math.min(from + request.size, all.size());
        int pages = (all.size() + request.size - 1) / request.size;
        return new PageView<>(List.copyOf(all.subList((int) from, to)), request.page, request.size, all.size(), pages);
    }
}
