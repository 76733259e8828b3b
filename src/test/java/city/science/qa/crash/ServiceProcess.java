package city.science.qa.crash;

import city.science.qa.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The service (or one of its commands) as a separate operating-system process, to kill
 * for real.
 */
final class ServiceProcess {

    private ServiceProcess() {
    }

    static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                        "city.science.qa.ScienceCityQa"));
        command.addAll(List.of(args));
        command.add("--spring.datasource.url=" + TestDatabase.jdbcUrl());
        command.add("--scqa.web.admin-token=crash-test");
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(new File("."))
            .start();
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

}
