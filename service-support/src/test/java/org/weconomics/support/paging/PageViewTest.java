package org.weconomics.support.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageViewTest {

    private static final List<String> SEVEN = List.of("a", "b", "c", "d", "e", "f", "g");

    @Test
    void aListInMemoryIsPagedLikeAQuery() {
        PageView<String> second = PageView.of(SEVEN, PageRequest.of(1, 3));

        assertThat(second.items()).containsExactly("d", "e", "f");
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.totalItems()).isEqualTo(7);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    @Test
    void theLastPageHoldsTheRestAndAPageBeyondItIsEmpty() {
        assertThat(PageView.of(SEVEN, PageRequest.of(2, 3)).items()).containsExactly("g");
        assertThat(PageView.of(SEVEN, PageRequest.of(PageRequest.MAX_PAGE, 200)).items())
                .isEmpty();
        assertThat(PageView.of(List.of(), PageRequest.of(0, 50)).totalPages()).isZero();
    }
}
