package city.science.qa.web;

import static org.assertj.core.api.Assertions.assertThat;

import city.science.qa.JdbcSlice;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances of the service (two bucket stores on one database) grant a client its
 * limit once between them, not once each; other clients and other limits have their own
 * buckets.
 */
@JdbcSlice
class SharedRateLimitBucketsTest extends JdbcSlice.Database {

    private static final LimitProperties LIMITS = new LimitProperties(1, 4, 3, false, List.of());

    @Autowired
    DataSource dataSource;

    @Test
    void twoInstancesShareOneBucketPerClient() {
        RateLimitBuckets first = new SharedRateLimitBuckets(dataSource, LIMITS);
        RateLimitBuckets second = new SharedRateLimitBuckets(dataSource, LIMITS);
        String client = "203.0.113." + UUID.randomUUID();
        long granted = IntStream.range(0, 10)
            .filter(i -> (i % 2 == 0 ? first : second).tryConsume(client).isConsumed())
            .count();
        assertThat(granted).as("burst of 4 across both instances").isEqualTo(4);
        assertThat(first.tryConsume(client).getNanosToWaitForRefill()).isPositive();
        assertThat(second.tryConsume("198.51.100." + UUID.randomUUID()).isConsumed()).isTrue();
    }

    @Test
    void otherLimitsStartTheClientAfresh() {
        String client = "203.0.113." + UUID.randomUUID();
        RateLimitBuckets strict = new SharedRateLimitBuckets(dataSource,
                new LimitProperties(1, 1, 3, false, List.of()));
        assertThat(strict.tryConsume(client).isConsumed()).isTrue();
        assertThat(strict.tryConsume(client).isConsumed()).isFalse();
        assertThat(new SharedRateLimitBuckets(dataSource, LIMITS).tryConsume(client).isConsumed()).isTrue();
    }

}
