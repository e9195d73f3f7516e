package com.souk.rules.web;

import com.souk.workflow.ModelVersion;

/**
 * A row of a model's versions table: the version, what made it, its running orders (processes only), whether it can
 * be compared with the latest (Souk kept both files) and rolled back to (not the latest, and Souk kept its file).
 */
record VersionRow(ModelVersion version, String action, String deployedBy, Long runningOrders, boolean latest,
        boolean comparable) {

    static VersionRow of(ModelVersion version, Long runningOrders, ModelVersion latest) {
        boolean isLatest = version.version() == latest.version();
        return new VersionRow(version, ModelPages.action(version), ModelPages.deployedBy(version), runningOrders,
                isLatest, !isLatest && version.original() && latest.original());
    }

    public boolean canRollBackTo() {
        return !latest && version.original();
    }
}
