package org.pressarchive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists the subcommands; {@code build} runs when none is given. */
@Command(name = "press-archive",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a browsable, searchable archive site from French press releases.",
        synopsisSubcommandLabel = "[COMMAND]",
        footer = {"", "Without a command, 'build' runs.",
                "Exit codes: 0 ok, 1 internal error, 2 usage, 3 invalid content, 4 I/O error."})
public final class PressArchiveCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final boolean terminal;

    PressArchiveCommand(boolean terminal) {
        this.terminal = terminal;
    }

    /** Registers the subcommands; called by {@link Main}. */
    static CommandLine commandLine(boolean terminal) {
        CommandLine cli = new CommandLine(new PressArchiveCommand(terminal));
        cli.addSubcommand("build", new BuildCommand(terminal));
        cli.addSubcommand("parse", new ParseCommand());
        cli.addSubcommand("generate", new GenerateCommand());
        cli.addSubcommand("benchmark", new BenchmarkCommand());
        cli.addSubcommand("xliff", new XliffCommand());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
