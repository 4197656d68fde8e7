package org.weconomics.contract;

import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Whether {@code info.version} moved enough for a change of the contract (semantic versioning; while the major
 * version is 0, a minor step may break).
 */
final class VersionStep {

    private VersionStep() {}

    static boolean isEnough(String from, String to, DiffResult change) {
        int[] before = parts(from);
        int[] after = parts(to);
        if (change.isUnchanged()) {
            return true;
        }
        if (compare(after, before) <= 0) {
            return false;
        }
        if (!change.isIncompatible()) {
            return true;
        }
        return before[0] == 0 ? after[0] > 0 || after[1] > before[1] : after[0] > before[0];
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static int[] parts(String version) {
        String[] parts = version.split("[.-]");
        int[] numbers = new int[3];
        for (int i = 0; i < 3 && i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }
}
