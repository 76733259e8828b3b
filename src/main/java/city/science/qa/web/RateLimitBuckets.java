package city.science.qa.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clients' token buckets: one question taken per request. The service keeps them in
 * PostgreSQL ({@link SharedRateLimitBuckets}), shared by every instance;
 * {@link #inMemory} keeps them in this process, for tests of the filter alone.
 */
public interface RateLimitBuckets {

    /**
     * Takes one question from the client's bucket, or says how long until one is there.
     */
    ConsumptionProbe tryConsume(String client);

    /** The bucket every client gets: a burst, refilled at the per-minute rate. */
    static BucketConfiguration configuration(LimitProperties limits) {
        return BucketConfiguration.builder()
            .addLimit(Bandwidth.builder()
                .capacity(limits.burst())
                .refillGreedy(limits.questionsPerMinute(), Duration.ofMinutes(1))
                .build())
            .build();
    }

    /** Buckets in this process only (one instance, or a test). */
    static RateLimitBuckets inMemory(LimitProperties limits) {
        BucketConfiguration configuration = configuration(limits);
        Map<String, Bucket> buckets = new ConcurrentHashMap<>();
        return client -> buckets
            .computeIfAbsent(client, c -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build())
            .tryConsumeAndReturnRemaining(1);
    }

}
