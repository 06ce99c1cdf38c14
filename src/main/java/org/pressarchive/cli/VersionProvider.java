package org.pressarchive.cli;

import picocli.CommandLine;

/** The version recorded in the jar's manifest ("dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"press-archive " + (v == null ? "dev" : v)};
    }
}
