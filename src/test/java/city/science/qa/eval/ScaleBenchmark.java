package city.science.qa.eval;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * pgvector at a scale the corpus will reach: synthetic passages (512-dimensional,
 * clustered like real topics) in their own schema, an HNSW index, and queries timed and
 * checked against exact search. The schema is dropped afterwards.
 */
public class ScaleBenchmark {

    private static final int DIMENSIONS = 512;

    private static final int TOPICS = 200;

    private static final int QUERIES = 200;

    private static final int K = 10;

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    public ScaleBenchmark(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public void run(int passages, PrintStream out) {
        out.printf("%nScale run: %,d synthetic passages, %d dimensions, HNSW (m = 16, ef_construction = 64, cosine)%n",
                passages, DIMENSIONS);
        try {
            long load = time(() -> load(passages));
            long build = time(() -> jdbc
                .sql("CREATE INDEX bench_hnsw ON scqa_bench.passage USING hnsw "
                        + "(embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)")
                .update());
            long size = jdbc.sql("SELECT pg_relation_size('scqa_bench.bench_hnsw')").query(Long.class).single();
            out.printf("  load %.1f s, index build %.1f s, index size %.0f MB%n", load / 1e9, build / 1e9, size / 1e6);
            out.printf("%s %9s%n", Latencies.header(), "recall@10");
            for (int ef : new int[] { 40, 100, 200 }) {
                query(ef, out);
            }
        }
        finally {
            jdbc.sql("DROP SCHEMA IF EXISTS scqa_bench CASCADE").update();
        }
    }

    private void load(int passages) {
        jdbc.sql("DROP SCHEMA IF EXISTS scqa_bench CASCADE").update();
        jdbc.sql("CREATE SCHEMA scqa_bench").update();
        jdbc.sql("CREATE TABLE scqa_bench.topic (id int PRIMARY KEY, centre vector(" + DIMENSIONS + "))").update();
        jdbc.sql("CREATE TABLE scqa_bench.passage (id int PRIMARY KEY, embedding vector(" + DIMENSIONS + "))").update();
        jdbc.sql("SELECT setseed(0.42)").query().singleRow();
        jdbc.sql(
                "INSERT INTO scqa_bench.topic SELECT t, (SELECT array_agg((random() - 0.5) * 0.5) FROM generate_series(1, "
                        + DIMENSIONS + ") WHERE t > 0)::vector FROM generate_series(1, " + TOPICS + ") t")
            .update();
        // Each passage is its topic's centre plus noise, in batches to keep memory flat.
        for (int from = 1; from <= passages; from += 10_000) {
            int to = Math.min(passages, from + 9_999);
            jdbc.sql("INSERT INTO scqa_bench.passage SELECT p, t.centre + (SELECT array_agg(random() - 0.5) "
                    + "FROM generate_series(1, " + DIMENSIONS + ") WHERE p > 0)::vector " + "FROM generate_series("
                    + from + ", " + to + ") p JOIN scqa_bench.topic t ON t.id = 1 + p % " + TOPICS)
                .update();
        }
        jdbc.sql("ANALYZE scqa_bench.passage").update();
    }

    private void query(int efSearch, PrintStream out) {
        Latencies latencies = new Latencies();
        double recall = 0;
        for (int q = 0; q < QUERIES; q++) {
            String vector = jdbc
                .sql("SELECT (embedding + (SELECT array_agg((random() - 0.5) * 0.5) FROM generate_series(1, "
                        + DIMENSIONS + ")  WHERE :q >= 0)::vector)::text FROM scqa_bench.passage WHERE id = :id")
                .param("q", q)
                .param("id", 1 + (q * 7919) % 1000)
                .query(String.class)
                .single();
            List<Integer> exact = nearest(vector, false, efSearch);
            long start = System.nanoTime();
            List<Integer> approximate = nearest(vector, true, efSearch);
            latencies.add(System.nanoTime() - start);
            Set<Integer> truth = new HashSet<>(exact);
            recall += approximate.stream().filter(truth::contains).count() / (double) K;
        }
        out.printf("%s %9.3f%n", latencies.row("HNSW ef_search = " + efSearch), recall / QUERIES);
    }

    private List<Integer> nearest(String vector, boolean useIndex, int efSearch) {
        return transactions.execute(status -> {
            jdbc.sql("SET LOCAL hnsw.ef_search = " + efSearch).update();
            if (!useIndex) {
                jdbc.sql("SET LOCAL enable_indexscan = off").update();
            }
            return jdbc.sql("SELECT id FROM scqa_bench.passage ORDER BY embedding <=> CAST(:v AS vector) LIMIT " + K)
                .param("v", vector)
                .query(Integer.class)
                .list();
        });
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

}
