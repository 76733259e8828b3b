package city.science.qa;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.commons.annotation.Testable;

/**
 * The build's last check ({@code mvn verify}): every class under {@code src/test} that
 * has tests ran in this build, in Surefire (the fast layer) or Failsafe (the {@code *IT}
 * suites). A class that no include pattern picks up fails the build here instead of
 * silently never running. A run narrowed with {@code -Dtest} or {@code -Dit.test} is not
 * checked; {@code -DskipITs} leaves the suites out.
 *
 * <p>
 * Arguments: the test classes folder, the build folder (with the reports), and the
 * build's start time in epoch milliseconds (older reports are left over from an earlier
 * build and do not count).
 */
public final class EveryTestRan {

    private static final Pattern COUNTS = Pattern
        .compile("<testsuite[^>]*?\\stests=\"(\\d+)\"[^>]*?\\sskipped=\"(\\d+)\"");

    private EveryTestRan() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("test") != null || System.getProperty("it.test") != null) {
            System.out.println("[every-test-ran] a narrowed run (-Dtest / -Dit.test): not checked");
            return;
        }
        Path classes = Path.of(args[0]);
        Path target = Path.of(args[1]);
        long since = java.time.OffsetDateTime.parse(args[2]).toInstant().toEpochMilli();
        boolean skipITs = Boolean.getBoolean("skipITs");
        List<String> notRun = new ArrayList<>();
        int unit = 0;
        int suites = 0;
        for (String name : testClasses(classes)) {
            boolean suite = name.endsWith("IT");
            if (suite && skipITs) {
                continue;
            }
            Path report = target.resolve(suite ? "failsafe-reports" : "surefire-reports")
                .resolve("TEST-" + name + ".xml");
            if (ran(report, since)) {
                if (suite) {
                    suites++;
                }
                else {
                    unit++;
                }
            }
            else {
                notRun.add(name + " (no fresh report in " + report.getParent().getFileName() + ")");
            }
        }
        if (!notRun.isEmpty()) {
            throw new IllegalStateException(
                    "Test classes that did not run in this build:\n  " + String.join("\n  ", notRun)
                            + "\nName whole-service suites *IT (Failsafe); every other class runs in Surefire.");
        }
        System.out.printf("[every-test-ran] all %d test classes ran: %d in Surefire, %d in Failsafe%n", unit + suites,
                unit, suites);
    }

    /**
     * Concrete classes with at least one JUnit test method (anything meta-annotated
     * {@code @Testable}).
     */
    static List<String> testClasses(Path classes) throws IOException, ClassNotFoundException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), ".")
                    .replaceFirst("\\.class$", "");
                if (name.contains("$") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, EveryTestRan.class.getClassLoader());
                if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && hasTests(type)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static boolean hasTests(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                for (var annotation : m.getAnnotations()) {
                    if (annotation.annotationType().isAnnotationPresent(Testable.class)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean ran(Path report, long since) throws IOException {
        if (!Files.exists(report) || Files.getLastModifiedTime(report).toMillis() < since) {
            return false;
        }
        Matcher counts = COUNTS.matcher(Files.readString(report));
        return counts.find() && Integer.parseInt(counts.group(1)) > Integer.parseInt(counts.group(2));
    }

}
