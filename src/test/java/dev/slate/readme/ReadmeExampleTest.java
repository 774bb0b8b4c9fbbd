package dev.slate.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example compiles against the library as built, and does what the README says. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theOpenClapExampleCompilesAndRoundTrips() throws Exception {
        String source = javaBlock("public class ClapExample");
        Path file = dir.resolve("ClapExample.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                file.toString());
        assertThat(rc).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("ClapExample").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[] {dir.resolve("kitchen.clap").toString()});
        } finally {
            System.setOut(original);
        }
        List<String> printed = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
        assertThat(printed.get(0)).isEqualTo("true");
        assertThat(printed).noneMatch(l -> l.startsWith("error"));
        assertThat(dir.resolve("kitchen.clap")).exists();
    }

    /** The ```java block of the README that contains {@code marker}. */
    static String javaBlock(String marker) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf(marker);
        assertThat(at).as("README has a java block with %s", marker).isPositive();
        int start = readme.lastIndexOf("```java\n", at) + "```java\n".length();
        int end = readme.indexOf("```", at);
        return readme.substring(start, end);
    }
}
