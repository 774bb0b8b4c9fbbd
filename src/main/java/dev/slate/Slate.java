package dev.slate;

import dev.slate.clap.ClapProject;
import dev.slate.clap.ClapWriter;
import dev.slate.convert.ConvertOptions;
import dev.slate.convert.ProgressListener;
import dev.slate.convert.ScreenplayConverter;
import dev.slate.convert.TooManySegmentsException;
import dev.slate.parse.Screenplay;
import dev.slate.parse.ScreenplayParser;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptSources;
import dev.slate.source.ScriptText;
import dev.slate.source.UnreadableScriptException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Slate as a library: a screenplay (plain text, Fountain, PDF, Final Draft or a web page) in, an OpenClap project out,
 * in one call or step by step.
 * Build it once and share it: it holds the parser (grammars loaded once), the converter and the writer,
 * keeps no state between calls and serves any number of threads.
 *
 * <pre>{@code
 * Slate slate = Slate.builder().options(ConvertOptions.defaults()).build();
 * slate.convert(Path.of("script.txt"), Path.of("script.clap"));      // read, parse, convert, write
 * }</pre>
 *
 * Every call takes an optional {@link ProgressListener}, told of the stages {@code read}, {@code parse},
 * {@code convert} and {@code write} that the call goes through, each from 0 to 1. Input that is not a
 * script Slate can read (binary data, a word-processor file, a damaged PDF, too large) is refused with a
 * {@link ScriptException} whose message is one line naming the input and the reason.
 */
public final class Slate {
    /** The largest script read by default, as {@code slate parse} and {@code slate convert}: 64 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;

    private final ScreenplayParser parser;
    private final ScreenplayConverter converter;
    private final ClapWriter writer;
    private final long maxInputBytes;
    private final String language;
    private final ScriptFormat format;
    private final int maxPdfPages;

    private Slate(Builder b) {
        this.parser = ScreenplayParser.builder().language(b.language).build();
        this.converter = new ScreenplayConverter(b.options, b.maxSegments);
        this.writer = b.writer;
        this.maxInputBytes = b.maxInputBytes;
        this.language = b.language;
        this.format = b.format;
        this.maxPdfPages = b.maxPdfPages;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A Slate with every default: language detected, {@link ConvertOptions#defaults()}, 64 MiB inputs. */
    public static Slate create() {
        return builder().build();
    }

    public ConvertOptions options() {
        return converter.options();
    }

    /** The language set when built, or null when each script's language is detected. */
    public String language() {
        return language;
    }

    /** The format set when built, or null when each script's format is detected. */
    public ScriptFormat format() {
        return format;
    }

    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** The most segments a converted project may hold. */
    public int maxSegments() {
        return converter.maxSegments();
    }

    /** The writer of the {@code .clap} files and bytes. */
    public ClapWriter writer() {
        return writer;
    }

    // ---- parse

    /** Parses a script's bytes (UTF-8, UTF-16 or Windows-1252); named {@code <input>} in messages. */
    public Screenplay parse(byte[] script) throws ScriptException {
        return parse(script, "<input>", ProgressListener.NONE);
    }

    public Screenplay parse(byte[] script, ProgressListener listener) throws ScriptException {
        return parse(script, "<input>", listener);
    }

    /**
     * Parses a script's bytes; {@code name} is how messages call the input (a file name, {@code <stdin>}),
     * and its extension, when it has one, gives the format; otherwise the content does.
     */
    public Screenplay parse(byte[] script, String name, ProgressListener listener) throws ScriptException {
        return parse(script, name, null, listener);
    }

    /** Parses a script's bytes in the given format ({@code null}: from the name's extension, else the content). */
    public Screenplay parse(byte[] script, String name, ScriptFormat format, ProgressListener listener)
            throws ScriptException {
        Progress p = new Progress(listener);
        p.report("read", 0);
        if (script.length > maxInputBytes) {
            throw tooLarge(name);
        }
        ScriptText text = decode(script, name, format);
        p.report("read", 1);
        return parse(text, p);
    }

    /** Reads and parses a script file. */
    public Screenplay parse(Path script) throws IOException {
        return parse(script, ProgressListener.NONE);
    }

    public Screenplay parse(Path script, ProgressListener listener) throws IOException {
        Progress p = new Progress(listener);
        p.report("read", 0);
        ScriptText text = decode(read(script), script.toString(), null);
        p.report("read", 1);
        return parse(text, p);
    }

    /** Reads a script from a stream (not closed), up to the size limit, then parses it. */
    public Screenplay parse(InputStream in, String name, ProgressListener listener) throws IOException {
        Progress p = new Progress(listener);
        p.report("read", 0);
        ScriptText text = decode(readAtMost(in, name), name, null);
        p.report("read", 1);
        return parse(text, p);
    }

    /** Parses a script already in memory as text; nothing to refuse. */
    public Screenplay parse(String script) {
        return parser.parse(ScriptText.of(script));
    }

    private Screenplay parse(ScriptText text, Progress p) {
        p.report("parse", 0);
        Screenplay screenplay = parser.parse(text);
        p.report("parse", 1);
        return screenplay;
    }

    // ---- convert

    public ClapProject convert(Screenplay screenplay) {
        return convert(screenplay, ProgressListener.NONE);
    }

    /** @throws TooManySegmentsException when the project would hold more than {@link #maxSegments()} segments */
    public ClapProject convert(Screenplay screenplay, ProgressListener listener) {
        return convert(screenplay, new Progress(listener));
    }

    /** As {@link #convert(Screenplay, ProgressListener)}, the segment limit refused as a script named {@code name}. */
    private ClapProject convert(Screenplay screenplay, Progress p, String name) throws ScriptException {
        try {
            return convert(screenplay, p);
        } catch (TooManySegmentsException e) {
            throw new ScriptException(name, e.getMessage() + " (the segment limit)");
        }
    }

    private ClapProject convert(Screenplay screenplay, Progress p) {
        p.report("convert", 0);
        ClapProject project = converter.convert(screenplay, p);
        p.report("convert", 1);
        return project;
    }

    /** Reads, parses and converts a script file. */
    public ClapProject convert(Path script) throws IOException {
        return convert(script, ProgressListener.NONE);
    }

    public ClapProject convert(Path script, ProgressListener listener) throws IOException {
        Progress p = new Progress(listener);
        return titled(convert(parse(script, p), p, script.toString()), script);
    }

    /**
     * Reads, parses, converts a script file and writes the project to {@code out}, atomically: a reader of
     * {@code out} sees the old file or the complete new one, never part of it.
     */
    public void convert(Path script, Path out) throws IOException {
        convert(script, out, ProgressListener.NONE);
    }

    public void convert(Path script, Path out, ProgressListener listener) throws IOException {
        Progress p = new Progress(listener);
        write(titled(convert(parse(script, p), p, script.toString()), script), out, p);
    }

    /** A script without a title page is called after its file, so a timeline never reads "untitled". */
    private static ClapProject titled(ClapProject project, Path script) {
        return script.getFileName() == null ? project : titled(project, script.getFileName().toString());
    }

    /**
     * The project titled after a script's file name ({@code coyles-well.txt} gives {@code coyles-well}) when
     * its title page gives none, as {@link #convert(Path)} does; for callers that have the bytes and the name.
     */
    public static ClapProject titled(ClapProject project, String fileName) {
        if (!project.meta().title().isEmpty() || fileName == null) {
            return project;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            return project;
        }
        int dot = name.lastIndexOf('.');
        String title = dot > 0 ? name.substring(0, dot) : name;
        return project.toBuilder().meta(project.meta().toBuilder().title(title).build()).build();
    }

    /** A script's bytes to the {@code .clap} file's bytes (gzip-compressed YAML). */
    public byte[] convertToBytes(byte[] script) throws ScriptException {
        return convertToBytes(script, ProgressListener.NONE);
    }

    public byte[] convertToBytes(byte[] script, ProgressListener listener) throws ScriptException {
        return convertToBytes(script, "<input>", null, listener);
    }

    /** A script's bytes in the given format ({@code null}: from the name, else the content) to {@code .clap} bytes. */
    public byte[] convertToBytes(byte[] script, String name, ScriptFormat format, ProgressListener listener)
            throws ScriptException {
        Progress p = new Progress(listener);
        ClapProject project = convert(parse(script, name, format, p), p, name);
        p.report("write", 0);
        byte[] bytes = writer.toBytes(project);
        p.report("write", 1);
        return bytes;
    }

    // ---- write

    /** Writes a project to a {@code .clap} file atomically. */
    public void write(ClapProject project, Path out) throws IOException {
        write(project, out, ProgressListener.NONE);
    }

    public void write(ClapProject project, Path out, ProgressListener listener) throws IOException {
        write(project, out, new Progress(listener));
    }

    private void write(ClapProject project, Path out, Progress p) throws IOException {
        p.report("write", 0);
        writer.writeFile(project, out);
        p.report("write", 1);
    }

    /** A project as the {@code .clap} file's bytes. */
    public byte[] toBytes(ClapProject project) {
        return writer.toBytes(project);
    }

    // ---- input

    /**
     * Refuses, by its name, a file in a format Slate does not read, before reading it: a word-processor
     * file would otherwise be refused as binary, which tells the user less.
     */
    public static void checkFormat(Path script) throws ScriptException {
        Path file = script.getFileName();
        String name = file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String format = dot < 0 ? null : OTHER_FORMATS.get(name.substring(dot + 1));
        if (format != null) {
            throw new ScriptException(script.toString(), format);
        }
    }

    private static final Map<String, String> OTHER_FORMATS = otherFormats();

    private static Map<String, String> otherFormats() {
        Map<String, String> m = new HashMap<>();
        String export = "; Slate reads " + ScriptFormat.READABLE + " (export it as one)";
        m.put("fdr", "an old Final Draft file (.fdr)" + export);
        m.put("docx", "a Word document" + export);
        m.put("doc", "a Word document" + export);
        m.put("odt", "an OpenDocument text" + export);
        m.put("rtf", "an RTF document" + export);
        m.put("celtx", "a Celtx project" + export);
        m.put("clap", "already a .clap project (slate inspect shows what it holds)");
        return m;
    }

    private byte[] read(Path script) throws IOException {
        if (Files.isDirectory(script)) {
            throw new ScriptException(script.toString(), "is a directory");
        }
        if (!Files.exists(script)) {
            throw new NoSuchFileException(script.toString());
        }
        checkFormat(script);
        if (Files.size(script) > maxInputBytes) {
            throw tooLarge(script.toString());
        }
        try (InputStream in = Files.newInputStream(script)) {
            return readAtMost(in, script.toString()); // the file may have grown since it was measured
        }
    }

    private byte[] readAtMost(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
        if (bytes.length > maxInputBytes) {
            throw tooLarge(name);
        }
        return bytes;
    }

    private ScriptException tooLarge(String name) {
        return new ScriptException(name, "larger than " + maxInputBytes + " bytes (the input size limit)");
    }

    private ScriptText decode(byte[] bytes, String name, ScriptFormat format) throws ScriptException {
        Objects.requireNonNull(bytes, "script");
        ScriptFormat f = ScriptFormat.detect(format != null ? format : this.format, name, null, bytes);
        try {
            return ScriptSources.read(bytes, f, maxPdfPages);
        } catch (UnreadableScriptException e) {
            throw new ScriptException(name, e.getMessage());
        }
    }

    /**
     * An input Slate will not read as a script. The message is one line, {@code NAME: reason}, fit to show
     * a user as it is. An {@link IOException} so that a caller handling file errors handles this one too.
     */
    public static final class ScriptException extends IOException {
        private static final long serialVersionUID = 1L;

        private final String source;
        private final String reason;

        public ScriptException(String source, String reason) {
            super(source + ": " + reason);
            this.source = source;
            this.reason = reason;
        }

        /** The input as named: a path, {@code <stdin>}, {@code <input>}. */
        public String source() {
            return source;
        }

        /** What is wrong, in a few words, without the name. */
        public String reason() {
            return reason;
        }
    }

    // ---- progress

    /**
     * Forwards a call's progress, each stage from 0 to 1 and never backwards: the converter may report its
     * own 0 and 1 as well as ours, and a listener drawing a bar should not see them twice.
     */
    private static final class Progress implements ProgressListener {
        private final ProgressListener target;
        private final Map<String, Double> last = new HashMap<>();

        Progress(ProgressListener target) {
            this.target = target == null ? ProgressListener.NONE : target;
        }

        @Override
        public void progress(String stage, double fraction) {
            report(stage, fraction);
        }

        void report(String stage, double fraction) {
            double f = Math.max(0, Math.min(1, fraction));
            Double before = last.get(stage);
            if (before != null && f <= before) {
                return;
            }
            last.put(stage, f);
            target.progress(stage, f);
        }
    }

    // ---- builder

    public static final class Builder {
        private String language;
        private ConvertOptions options = ConvertOptions.defaults();
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private ScriptFormat format;
        private int maxPdfPages = ScriptSources.DEFAULT_MAX_PDF_PAGES;
        private int maxSegments = ScreenplayConverter.DEFAULT_MAX_SEGMENTS;
        private ClapWriter writer = new ClapWriter();

        private Builder() {
        }

        /**
         * The writer of the {@code .clap} files and bytes (default {@code new ClapWriter()}): for instance
         * {@code new ClapWriter(ClapWriter.DEFAULT_COMPRESSION_LEVEL, ClapWriter.Encoder.ZLIB)} in a program
         * that converts one script and exits.
         */
        public Builder writer(ClapWriter writer) {
            this.writer = Objects.requireNonNull(writer, "writer");
            return this;
        }

        /**
         * The most segments a converted project may hold (default 100,000; a feature film makes about 9,000).
         * It bounds a conversion's memory; a script that needs more is refused.
         */
        public Builder maxSegments(int maxSegments) {
            if (maxSegments < 1) {
                throw new IllegalArgumentException("maxSegments must be 1 or more");
            }
            this.maxSegments = maxSegments;
            return this;
        }

        /** The most pages of a PDF read; a longer one is refused (default 1,000). */
        public Builder maxPdfPages(int maxPdfPages) {
            if (maxPdfPages < 1) {
                throw new IllegalArgumentException("maxPdfPages must be 1 or more");
            }
            this.maxPdfPages = maxPdfPages;
            return this;
        }

        /**
         * Reads every script in this format, whatever its name or content; null (the default) takes the
         * format from each file's extension, else from its content.
         */
        public Builder format(ScriptFormat format) {
            this.format = format;
            return this;
        }

        /** The scripts' language ({@code en}, {@code fr}, {@code es}, {@code de}); null to detect it per script. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder options(ConvertOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** The largest script read from a file, a stream or bytes; larger ones are refused. */
        public Builder maxInputBytes(long maxInputBytes) {
            if (maxInputBytes < 1) {
                throw new IllegalArgumentException("maxInputBytes must be 1 or more");
            }
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /** @throws IllegalArgumentException for an unknown language */
        public Slate build() {
            return new Slate(this);
        }
    }
}
