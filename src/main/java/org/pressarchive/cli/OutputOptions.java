package org.pressarchive.cli;

import picocli.CommandLine.Option;

/** The {@code --quiet} and {@code --verbose} flags every working command shares (a picocli mixin). */
final class OutputOptions {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but warnings and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print notes, and stack traces of errors.")
    boolean verbose;
}
