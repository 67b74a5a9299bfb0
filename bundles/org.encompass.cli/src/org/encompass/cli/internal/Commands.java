package org.encompass.cli.internal;

/** The command table of {@code encompass}: every command, in the order {@code --help} lists them. */
public final class Commands {
    private Commands() {
    }

    public static CommandTable table() {
        CommandTable table = new CommandTable();
        SiteCommands.register(table);
        BatchRun.register(table);
        InventoryCommands.register(table);
        DiscoveryCommands.register(table);
        CredentialCommands.register(table);
        ChassisCommands.register(table);
        TopologyCommands.register(table);
        MasterCommands.register(table);
        InspectCommand.register(table);
        CloneCommands.register(table);
        PlacementCommands.register(table);
        ScenarioCommands.register(table);
        UpdateCommands.register(table);
        ArchiveCommands.register(table);
        JournalCommands.register(table);
        OrphanCommands.register(table);
        BenchCommands.register(table);
        return table;
    }
}
