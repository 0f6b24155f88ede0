package id.warta.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code Warta <version>} from the jar manifest (or "dev" when run from classes). */
public final class WartaVersion implements IVersionProvider {
    public static String current() {
        String v = WartaVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Warta " + current()};
    }
}
