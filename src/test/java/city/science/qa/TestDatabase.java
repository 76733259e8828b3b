package city.science.qa;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real PostgreSQL + pgvector the tests run against: the server named by
 * {@code SCQA_TEST_DATABASE_URL} (the project's own local cluster, which {@code make test} starts when
 * there is no Docker), else a Testcontainers {@code pgvector/pgvector} container. Never a mock.
 */
public final class TestDatabase {

  public static final String IMAGE = "pgvector/pgvector:pg16";

  private static String url;

  private TestDatabase() {
  }

  public static synchronized String jdbcUrl() {
    if (url != null) {
      return url;
    }
    String configured = System.getenv("SCQA_TEST_DATABASE_URL");
    if (configured != null && !configured.isBlank()) {
      url = configured;
    } else if (DockerClientFactory.instance().isDockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer(
          DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("postgres"));
      container.start();
      url = container.getJdbcUrl() + "&user=" + container.getUsername() + "&password=" + container.getPassword();
      if (!url.contains("?")) {
        url = url.replaceFirst("&", "?");
      }
    } else {
      throw new IllegalStateException("No database for the tests: run them with `make test`, which starts the "
          + "project's own PostgreSQL + pgvector cluster, or set SCQA_TEST_DATABASE_URL, or start Docker.");
    }
    return url;
  }
}
