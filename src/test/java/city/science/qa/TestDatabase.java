package city.science.qa;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real PostgreSQL + pgvector the tests run against: the server named by
 * {@code SCQA_TEST_DATABASE_URL} (the project's own local cluster, which
 * {@code make test} starts only where no Docker engine can run), else a Testcontainers
 * container of {@code SCQA_TEST_PG_IMAGE}: on this kind of machine the image
 * {@code scripts/images pgvector} builds from Debian's packages, elsewhere the public
 * {@code pgvector/pgvector}. Never a mock.
 */
public final class TestDatabase {

    /**
     * The image, one setting: declared a compatible substitute for {@code postgres}, as
     * the public pgvector image is.
     */
    public static final String IMAGE = Optional.ofNullable(System.getenv("SCQA_TEST_PG_IMAGE"))
        .filter(s -> !s.isBlank())
        .orElse("pgvector/pgvector:pg16");

    private static String url;

    private static PostgreSQLContainer container;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (url != null) {
            return url;
        }
        String configured = System.getenv("SCQA_TEST_DATABASE_URL");
        if (configured != null && !configured.isBlank()) {
            url = configured;
        }
        else if (DockerClientFactory.instance().isDockerAvailable()) {
            // A fixed host port, so that the database can be stopped and started again
            // (an
            // outage) and come back where the service looks for it.
            int port = freePort();
            // As many connections as the project's own cluster (scripts/db): the test JVM
            // keeps every application context it has started, each with its own pool.
            container = new PostgreSQLContainer(DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("postgres"))
                .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=200")
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                    .withPortBindings(new PortBinding(Ports.Binding.bindPort(port),
                            new ExposedPort(PostgreSQLContainer.POSTGRESQL_PORT))));
            container.start();
            url = container.getJdbcUrl() + "&user=" + container.getUsername() + "&password=" + container.getPassword();
            if (!url.contains("?")) {
                url = url.replaceFirst("&", "?");
            }
        }
        else {
            throw new IllegalStateException("No database for the tests: run them with `make test`, which starts the "
                    + "project's own PostgreSQL + pgvector cluster, or set SCQA_TEST_DATABASE_URL, or start Docker.");
        }
        return url;
    }

    /**
     * Another database on the same server, created when missing: for a test or an
     * evaluation that indexes another corpus without disturbing the shared index.
     */
    public static String jdbcUrlOf(String database) {
        return otherDatabase(jdbcUrl(), database);
    }

    /** The URL of another database on the server of {@code url}, created when missing. */
    public static String otherDatabase(String url, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        }
        catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        return url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Takes the database away, as a crash would: the container (or the project's cluster)
     * is stopped.
     */
    public static void stop() throws Exception {
        if (container != null) {
            container.getDockerClient().stopContainerCmd(container.getContainerId()).withTimeout(10).exec();
        }
        else {
            run("stop");
        }
    }

    /** Brings it back on the same address. */
    public static void start() throws Exception {
        if (container != null) {
            container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
        }
        else {
            run("start");
        }
    }

    private static void run(String command) throws Exception {
        ProcessBuilder db = new ProcessBuilder("scripts/db", command).inheritIO();
        db.environment().remove("DATABASE_URL");
        db.environment().put("SCQA_PG_DB", "scqa_test");
        if (db.start().waitFor() != 0) {
            throw new IllegalStateException("scripts/db " + command + " failed");
        }
    }

}
