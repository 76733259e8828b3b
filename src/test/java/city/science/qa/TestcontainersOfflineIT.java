package city.science.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * Testcontainers on a machine with no registry, itself a container: it finds the Docker
 * host without a helper image, and a test that asks for an image that is not here fails
 * at once instead of retrying a pull. Runs wherever the tests use Testcontainers (where
 * {@code make test} falls back to the project's own cluster, no container is started).
 */
@EnabledIf("dockerRuns")
class TestcontainersOfflineIT {

    static boolean dockerRuns() {
        return System.getenv("SCQA_TEST_DATABASE_URL") == null && DockerClientFactory.instance().isDockerAvailable();
    }

    @Test
    void insideAContainerTheDockerHostIsGivenSoNoHelperContainerRuns() {
        // Inside a container, Testcontainers would otherwise run alpine (a pull) to find
        // it.
        if (Files.exists(Path.of("/.dockerenv")) && System.getenv("DOCKER_HOST") == null) {
            assertThat(System.getenv("TESTCONTAINERS_HOST_OVERRIDE")).isNotBlank();
        }
        assertThat(DockerClientFactory.instance().dockerHostIpAddress()).isNotBlank();
    }

    @Test
    void anImageThatIsNotHereIsRefusedInsteadOfPulled() {
        try (GenericContainer<?> absent = new GenericContainer<>("scqa/never-built:missing")) {
            assertThatThrownBy(absent::start).hasRootCauseInstanceOf(NoImagePulls.ImagePullRefused.class)
                .rootCause()
                .hasMessageContaining("scqa/never-built:missing");
        }
    }

}
