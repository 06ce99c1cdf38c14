package org.pressarchive.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;

/** Entry point. {@link #run} does everything and returns the exit code, so tests need no process. */
public final class Main {
    private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, System.console() != null, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, false, args);
    }

    /**
     * Runs the command line. With no subcommand, {@code build} runs (options included:
     * {@code press-archive --output x} is {@code press-archive build --output x}).
     *
     * @param terminal whether stderr is a terminal (enables the progress line)
     */
    public static int run(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        CommandLine cli = PressArchiveCommand.commandLine(terminal);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(new ExitCodeMapper());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("press-archive: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        return cli.execute(withDefaultCommand(cli, args));
    }

    private static String[] withDefaultCommand(CommandLine cli, String[] args) {
        if (args.length > 0 && (cli.getSubcommands().containsKey(args[0]) || ROOT_OPTIONS.contains(args[0]))) {
            return args;
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            return args; // an unknown subcommand: let picocli report it
        }
        List<String> all = new ArrayList<>();
        all.add("build");
        all.addAll(List.of(args));
        return all.toArray(new String[0]);
    }
}
