package org.weconomics.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.model.DiffResult;

class VersionStepTest {

    @Test
    void aBreakingChangeNeedsANewMajorOrAMinorWhileZero() {
        assertThat(VersionStep.isEnough("1.2.0", "1.3.0", DiffResult.INCOMPATIBLE))
                .isFalse();
        assertThat(VersionStep.isEnough("1.2.0", "2.0.0", DiffResult.INCOMPATIBLE))
                .isTrue();
        assertThat(VersionStep.isEnough("0.2.0", "0.2.1", DiffResult.INCOMPATIBLE))
                .isFalse();
        assertThat(VersionStep.isEnough("0.2.0", "0.3.0", DiffResult.INCOMPATIBLE))
                .isTrue();
    }

    @Test
    void aCompatibleChangeNeedsAnyLaterVersion() {
        assertThat(VersionStep.isEnough("0.2.0", "0.2.0", DiffResult.COMPATIBLE))
                .isFalse();
        assertThat(VersionStep.isEnough("0.2.0", "0.2.1", DiffResult.METADATA)).isTrue();
        assertThat(VersionStep.isEnough("0.2.0", "0.2.0", DiffResult.NO_CHANGES))
                .isTrue();
    }
}
