package city.science.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.testcontainers.images.PullPolicy;
import org.testcontainers.utility.DockerImageName;

class NoImagePullsTest {

    @Test
    void everyTestJvmRefusesPullsThroughTheClasspathConfiguration() {
        assertThat(PullPolicy.defaultPolicy()).isInstanceOf(NoImagePulls.class);
    }

    @Test
    void anImageThatIsHereIsUsedWithoutAPull() {
        assertThat(new NoImagePulls(image -> true).shouldPull(DockerImageName.parse("scqa/pgvector:pg15"))).isFalse();
    }

    @Test
    void anImageThatIsNotHereIsRefusedAtOnceNamingItAndTheRemedy() {
        assertThatThrownBy(() -> new NoImagePulls(image -> false).shouldPull(DockerImageName.parse("alpine:3.17")))
            .isInstanceOf(NoImagePulls.ImagePullRefused.class)
            .hasMessageContaining("alpine:3.17")
            .hasMessageContaining("TESTCONTAINERS_HOST_OVERRIDE");
    }

}
