package city.science.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's guard: a test class without a fresh report of tests that ran fails the
 * build.
 */
class EveryTestRanTest {

    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    @Test
    void findsTheTestClassesButNotHelpersOrAbstractBases() throws Exception {
        assertThat(EveryTestRan.testClasses(TEST_CLASSES))
            .contains("city.science.qa.EveryTestRanTest", "city.science.qa.ask.AskApiIT",
                    "city.science.qa.hostile.HostileTextTest")
            .doesNotContain("city.science.qa.DatabaseTest", "city.science.qa.TempCorpus",
                    "city.science.qa.hostile.HostileInputs");
    }

    @Test
    void aClassWithoutAReportFailsTheBuildNamingIt(@TempDir Path target) throws Exception {
        Files.createDirectories(target.resolve("surefire-reports"));
        assertThatThrownBy(() -> EveryTestRan.main(new String[] { TEST_CLASSES.toString(), target.toString(),
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString() }))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("city.science.qa.EveryTestRanTest (no fresh report in surefire-reports)")
            .hasMessageContaining("city.science.qa.ask.AskApiIT (no fresh report in failsafe-reports)");
    }

    @Test
    void aReportFromAnEarlierBuildOrWithOnlySkippedTestsDoesNotCount(@TempDir Path target) throws Exception {
        Path reports = Files.createDirectories(target.resolve("surefire-reports"));
        Files.writeString(reports.resolve("TEST-city.science.qa.EveryTestRanTest.xml"),
                "<testsuite name=\"x\" tests=\"3\" skipped=\"3\" failures=\"0\">");
        assertThatThrownBy(() -> EveryTestRan.main(new String[] { TEST_CLASSES.toString(), target.toString(),
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString() }))
            .hasMessageContaining("city.science.qa.EveryTestRanTest (no fresh report");
        Files.writeString(reports.resolve("TEST-city.science.qa.EveryTestRanTest.xml"),
                "<testsuite name=\"x\" tests=\"3\" skipped=\"0\" failures=\"0\">");
        assertThatThrownBy(() -> EveryTestRan.main(new String[] { TEST_CLASSES.toString(), target.toString(),
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).toString() }))
            .hasMessageContaining("city.science.qa.EveryTestRanTest (no fresh report");
    }

}
