package city.science.qa;

import com.github.dockerjava.api.exception.NotFoundException;
import java.util.function.Predicate;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.ImagePullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers' image pull policy in every test JVM ({@code testcontainers.properties}
 * on the test classpath names it): an image that is here is used, and an image that is
 * not is refused at once, naming it. No registry is reachable on this kind of machine,
 * and Testcontainers' own policy retries a pull for two minutes per image (a CI run once
 * sat for 14 minutes pulling {@code alpine} to find the Docker host). A refusal fails the
 * test that needed the image within seconds, and says what to do.
 */
public final class NoImagePulls implements ImagePullPolicy {

    private final Predicate<DockerImageName> presentHere;

    /** The policy Testcontainers instantiates: asks the Docker engine. */
    public NoImagePulls() {
        this(NoImagePulls::inEngine);
    }

    NoImagePulls(Predicate<DockerImageName> presentHere) {
        this.presentHere = presentHere;
    }

    @Override
    public boolean shouldPull(DockerImageName image) {
        if (presentHere.test(image)) {
            return false;
        }
        throw new ImagePullRefused(image);
    }

    private static boolean inEngine(DockerImageName image) {
        try {
            DockerClientFactory.lazyClient().inspectImageCmd(image.asCanonicalNameString()).exec();
            return true;
        }
        catch (NotFoundException absent) {
            return false;
        }
    }

    /** A test path asked for an image that is not here: no test may pull one. */
    public static final class ImagePullRefused extends IllegalStateException {

        ImagePullRefused(DockerImageName image) {
            super("Refusing to pull the image " + image.asCanonicalNameString()
                    + ": no test path may pull an image (no registry is reachable on this kind of machine). "
                    + "Build the project's images with scripts/images (make test does), and if Testcontainers "
                    + "wanted a helper image to find the Docker host, tell it the host: "
                    + "TESTCONTAINERS_HOST_OVERRIDE=localhost (the pom's docker-engine-in-this-container profile "
                    + "sets it where /.dockerenv exists).");
        }

    }

}
