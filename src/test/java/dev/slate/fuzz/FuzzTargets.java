package dev.slate.fuzz;

import dev.slate.Slate;
import dev.slate.clap.ClapFinding;
import dev.slate.clap.ClapFormatException;
import dev.slate.clap.ClapLimits;
import dev.slate.clap.ClapNormalizer;
import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapReadResult;
import dev.slate.clap.ClapReader;
import dev.slate.clap.ClapValidator;
import dev.slate.clap.ClapWriter;
import dev.slate.cli.CliOutputs;
import dev.slate.convert.ProgressListener;
import dev.slate.convert.TooManySegmentsException;
import dev.slate.parse.Screenplay;
import dev.slate.source.ScriptFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Every reader Slate has, as a fuzz target. Adding a reader is one entry here: a name, its syntax, the seed
 * files, and the call. Each call goes as far as a user's request would: a script is parsed, printed as
 * JSON, converted, written, and what was written must read back as a valid project; a {@code .clap} is read,
 * validated, summarised, normalized and written, and what was written must read back.
 */
final class FuzzTargets {
    /**
     * The {@code .clap} entry reads with a 64 MiB decompressed limit: the fuzzing JVM has a 256 MB heap, and the
     * default limit (1 GiB) would let a gzip bomb reach the heap's end before the limit (see README, Fuzzing).
     */
    static final ClapLimits CLAP_LIMITS = ClapLimits.defaults().withMaxDecompressedBytes(64L << 20);

    /**
     * Largest converted project (YAML bytes) read back. Reading takes about ten times the YAML in heap, and
     * the gzip size says little of it: a script of one repeated phrase compresses a hundredfold.
     */
    private static final long READ_BACK_LIMIT = 16L << 20;

    private static final Slate SLATE = Slate.create();
    private static final ClapReader CLAP_READER = new ClapReader(CLAP_LIMITS);
    private static final ClapReader READ_BACK = new ClapReader();
    private static final ClapValidator VALIDATOR = new ClapValidator();
    private static final ClapWriter WRITER = new ClapWriter();

    static final List<FuzzTarget> ALL = List.of(
            new FuzzTarget("text", InputKind.TEXT, "txt", List.of("corpus/*/*.txt", "corpus/messy/text/*.txt"),
                    (in, name) -> script(in, name, ScriptFormat.TEXT), Slate.ScriptException.class),
            new FuzzTarget("fountain", InputKind.TEXT, "fountain", List.of("corpus/*/*.fountain", "corpus/messy/fountain/*.fountain"),
                    (in, name) -> script(in, name, ScriptFormat.FOUNTAIN), Slate.ScriptException.class),
            new FuzzTarget("fdx", InputKind.XML, "fdx", List.of("corpus/*/*.fdx", "corpus/messy/fdx/*.fdx"),
                    (in, name) -> script(in, name, ScriptFormat.FDX), Slate.ScriptException.class),
            new FuzzTarget("html", InputKind.HTML, "html", List.of("src/test/resources/fuzz/*.html"),
                    (in, name) -> script(in, name, ScriptFormat.HTML), Slate.ScriptException.class),
            new FuzzTarget("pdf", InputKind.PDF, "pdf", List.of("corpus/pdf/*.pdf", "corpus/messy/pdf/*.pdf", "corpus/ocr/*.pdf"),
                    (in, name) -> script(in, name, ScriptFormat.PDF), Slate.ScriptException.class, 10),
            new FuzzTarget("clap", InputKind.CLAP, "clap",
                    List.of("corpus/clap/*.clap", "src/test/resources/fixtures/*.clap", "converted corpus"),
                    FuzzTargets::clap, ClapFormatException.class));

    private FuzzTargets() {
    }

    static FuzzTarget named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fuzz target " + name + " (" + ALL + ")"));
    }

    /** A script in a given format, all the way to a {@code .clap} that must read back without a finding. */
    static void script(byte[] in, String name, ScriptFormat format) throws Exception {
        ScriptFormat.sniff(in); // what a request without a format would go through first
        Screenplay screenplay = SLATE.parse(in, name, format, ProgressListener.NONE);
        CliOutputs.parseJsonLength(name, screenplay); // streamed, as parse --json writes it
        ClapProject project;
        try {
            project = SLATE.convert(screenplay);
        } catch (TooManySegmentsException e) {
            // what Slate.convert(Path) and the command line report for a named script: the documented refusal
            throw new Slate.ScriptException(name, e.getMessage() + " (the segment limit)");
        }
        byte[] clap = SLATE.toBytes(project);
        if (yamlLength(clap) > READ_BACK_LIMIT) {
            return; // a big project says no more than a small one, and would not fit the heap with another
        }
        ClapReadResult back = readBack(clap, "the converted project");
        List<ClapFinding> findings = VALIDATOR.validate(back);
        if (!findings.isEmpty()) {
            throw new Unexpected("the converted project has " + findings.size() + " finding(s), first: " + findings.get(0));
        }
    }

    static void clap(byte[] in, String name) throws Exception {
        ClapReadResult read = CLAP_READER.read(in, name);
        for (ClapFinding f : VALIDATOR.validate(read)) {
            if (f.toString().indexOf('\n') >= 0 || f.toString().indexOf('\r') >= 0) {
                throw new Unexpected("a finding spans lines: " + f.toString().replace("\n", "\\n").replace("\r", "\\r"));
            }
        }
        CliOutputs.inspect(name, read);
        ClapProject normalized = new ClapNormalizer().normalize(read.project());
        readBack(WRITER.toBytes(normalized), "the normalized project");
    }

    private static long yamlLength(byte[] gzip) throws IOException {
        long n = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            for (int r; n <= READ_BACK_LIMIT && (r = in.read(buffer)) > 0; ) {
                n += r;
            }
        }
        return n;
    }

    private static ClapReadResult readBack(byte[] clap, String what) {
        try {
            return READ_BACK.read(clap, "written.clap");
        } catch (ClapFormatException e) {
            throw new Unexpected(what + " does not read back: " + e.getMessage());
        }
    }

    /** Something a reader did that is neither a result nor its documented refusal. */
    static final class Unexpected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unexpected(String message) {
            super(message);
        }
    }
}
