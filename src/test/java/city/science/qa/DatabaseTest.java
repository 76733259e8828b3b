package city.science.qa;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the whole service on a real database. One application context (with
 * the embedding models loaded once) is shared by all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"scqa.web.admin-token=test-admin-token", "scqa.corpus.dir=corpus",
        // The tests ask far more than a visitor may; RateLimitTest checks the limits themselves.
        "scqa.web.limits.questions-per-minute=100000", "scqa.web.limits.burst=100000",
        "scqa.web.limits.concurrent-streams=100"})
@AutoConfigureWebTestClient
public abstract class DatabaseTest {

  public static final String ADMIN_TOKEN = "test-admin-token";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
  }
}
