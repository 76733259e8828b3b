package city.science.qa.web;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clients' token buckets, kept in PostgreSQL through Bucket4j's PostgreSQL backend,
 * so that every instance of the service draws from the same bucket: behind a proxy, two
 * instances grant a client the limit once, not twice. Blocking JDBC: call off the event
 * loop.
 */
@Component
@EnableScheduling
public class SharedRateLimitBuckets implements RateLimitBuckets {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimitBuckets.class);

    // A bucket untouched for this long after it refilled is full again: its row can go.
    private static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(5);

    private static final int REMOVE_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    private final BucketConfiguration configuration;

    private final String keySuffix;

    public SharedRateLimitBuckets(DataSource dataSource, LimitProperties limits) {
        // Row locks (SELECT … FOR UPDATE), not advisory locks: those take a number, and
        // the
        // key here is the client's address.
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_bucket")
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
            .build();
        this.configuration = RateLimitBuckets.configuration(limits);
        // A stored bucket keeps the configuration it was made with: keyed by the limits
        // too,
        // new limits start every client afresh instead of reusing buckets of the old
        // ones.
        this.keySuffix = "@" + limits.burst() + "/" + limits.questionsPerMinute() + "pm";
    }

    /**
     * Takes one question from the client's bucket, or says how long until one is there.
     */
    public ConsumptionProbe tryConsume(String client) {
        return buckets.builder().build(client + keySuffix, () -> configuration).tryConsumeAndReturnRemaining(1);
    }

    /** Removes the rows of buckets that are full again, a batch at a time. */
    @Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void removeExpired() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(REMOVE_BATCH);
            }
            while (removed == REMOVE_BATCH);
        }
        catch (RuntimeException e) {
            log.warn("could not remove expired rate-limit buckets ({}); next time", e.getClass().getSimpleName());
        }
    }

}
