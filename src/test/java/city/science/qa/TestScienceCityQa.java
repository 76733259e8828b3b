package city.science.qa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * For developers with Docker and no PostgreSQL: {@code mvn spring-boot:test-run} starts
 * the service against a throw-away pgvector container.
 */
public class TestScienceCityQa {

    public static void main(String[] args) {
        SpringApplication.from(ScienceCityQa::main).with(Containers.class).run(args);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Containers {

        @Bean
        @ServiceConnection
        PostgreSQLContainer postgres() {
            return new PostgreSQLContainer(
                    DockerImageName.parse(TestDatabase.IMAGE).asCompatibleSubstituteFor("postgres"));
        }

    }

}
