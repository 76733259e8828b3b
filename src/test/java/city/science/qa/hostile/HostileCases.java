package city.science.qa.hostile;

/**
 * Runs a property over many generated cases. Each case has its own seed derived from the
 * run's seed, which is random unless {@code -Dhostile.seed=N} is given; a failure names
 * both, so {@code mvn verify -Dhostile.seed=N} replays the very same inputs.
 */
final class HostileCases {

    private static final long RUN_SEED = Long.getLong("hostile.seed", new java.security.SecureRandom().nextLong());

    private HostileCases() {
    }

    /** A check of one case, given that case's inputs. */
    @FunctionalInterface
    interface Check {

        void accept(HostileInputs inputs) throws Exception;

    }

    static void forAll(String property, int cases, Check check) {
        System.out.printf("[hostile] %s: %d cases, seed %d%n", property, cases, RUN_SEED);
        for (int i = 0; i < cases; i++) {
            long caseSeed = RUN_SEED * 1_000_003L + i;
            try {
                check.accept(new HostileInputs(caseSeed));
            }
            catch (Exception | AssertionError e) {
                throw new AssertionError(property + " failed on case " + i + " of " + cases + " (case seed " + caseSeed
                        + "); replay with -Dhostile.seed=" + RUN_SEED + ": " + e.getMessage(), e);
            }
        }
    }

}
