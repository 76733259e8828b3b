package city.science.qa.eval;

/** Recall@1, recall@5 and mean reciprocal rank over a set of questions. */
public final class RetrievalMetrics {

    private int questions;

    private int atOne;

    private int atFive;

    private double reciprocalRanks;

    /**
     * Adds a question whose first right passage came at {@code rank} (1-based; 0 = not
     * found).
     */
    public void add(int rank) {
        questions++;
        if (rank == 1) {
            atOne++;
        }
        if (rank >= 1 && rank <= 5) {
            atFive++;
        }
        if (rank >= 1) {
            reciprocalRanks += 1.0 / rank;
        }
    }

    public double recallAt1() {
        return questions == 0 ? 0 : (double) atOne / questions;
    }

    public double recallAt5() {
        return questions == 0 ? 0 : (double) atFive / questions;
    }

    public double mrr() {
        return questions == 0 ? 0 : reciprocalRanks / questions;
    }

    public int questions() {
        return questions;
    }

}
