package city.science.qa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A JDBC slice on the real PostgreSQL + pgvector of the tests ({@link TestDatabase}),
 * migrated by Flyway; each test runs in a transaction that is rolled back. Extend
 * {@link Database} for the connection.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// The conversation store writes answers as JSON with the service's own mapper.
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
public @interface JdbcSlice {

    /** The test database's address, for a JDBC slice. */
    abstract class Database {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        }

    }

}
