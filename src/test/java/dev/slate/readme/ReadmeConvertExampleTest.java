package dev.slate.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slate.clap.ClapReader;
import java.io.ByteArrayOutputStream;
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

/** The README's library example (### Library) compiles against the library as built and converts a script. */
class ReadmeConvertExampleTest {

    @TempDir
    Path dir;

    @Test
    void theLibraryExampleCompilesAndConverts() throws Exception {
        String source = ReadmeExampleTest.javaBlock("public class ConvertExample");
        Path file = dir.resolve("ConvertExample.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                file.toString());
        assertThat(rc).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        Path script = Path.of("corpus/en-firmware/en-firmware.txt").toAbsolutePath();
        Path clap = dir.resolve("firmware.clap");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("ConvertExample").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[] {script.toString(), clap.toString()});
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(printed.get(0)).matches("\\d+ scenes, \\d+ entities, \\d+ segments");
        assertThat(printed.get(1)).startsWith("<input>: a damaged PDF (");
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).contains("read 100%", "parse 100%", "convert 100%",
                "write 100%");
        assertThat(new ClapReader().read(clap).project().scenes()).isNotEmpty();
    }
}
