package id.warta.ethics;

/** One loaded pack for all tests: loading is the slow part, checking is a pure function. */
final class TestPacks {
    private static final RulePack PACK = new RulePackLoader().loadCurrent();

    private TestPacks() {
    }

    static RulePack pack() {
        return PACK;
    }

    static EthicsChecker checker() {
        return new EthicsChecker(PACK);
    }
}
