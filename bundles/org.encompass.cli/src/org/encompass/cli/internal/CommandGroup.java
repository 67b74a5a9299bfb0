package org.encompass.cli.internal;

/** The sections of {@code encompass --help}, in the order an operator meets them. */
public enum CommandGroup {
    SITE, INVENTORY, DISCOVERY, MASTERS, CLONES, LIFECYCLE, SCENARIOS, JOURNAL;

    public String title() {
        return switch (this) {
            case SITE -> Messages.groupSite;
            case INVENTORY -> Messages.groupInventory;
            case DISCOVERY -> DiscoveryMessages.groupDiscovery;
            case MASTERS -> Messages.groupMasters;
            case CLONES -> Messages.groupClones;
            case LIFECYCLE -> Messages.groupLifecycle;
            case SCENARIOS -> Messages.groupScenarios;
            case JOURNAL -> Messages.groupJournal;
        };
    }
}
