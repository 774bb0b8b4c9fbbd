package dev.slate.clap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The draft's security notes on asset sources: validate warns about a PATH that climbs out of its folder or
 * is absolute, a malformed DATA URI and a REMOTE that is not http(s); safe locations pass quietly.
 */
class ClapAssetSourcesTest {
    private final ClapValidator validator = new ClapValidator();

    static Stream<Arguments> unsafe() {
        return Stream.of(
                Arguments.of("PATH", "../../x.png", "climbs out of its folder"),
                Arguments.of("PATH", "shots/../../../etc/passwd", "climbs out of its folder"),
                Arguments.of("PATH", "shots\\..\\..\\secret.png", "climbs out of its folder"),
                Arguments.of("PATH", "/etc/passwd", "is absolute"),
                Arguments.of("PATH", "C:\\Windows\\win.ini", "is absolute"),
                Arguments.of("PATH", "~/.ssh/id_rsa", "is absolute"),
                Arguments.of("PATH", "file:///etc/passwd", "is absolute"),
                Arguments.of("DATA", "data:image/png;base64", "no comma"),
                Arguments.of("DATA", "data:;base64,iVBORw0KGgo=", "no media type"),
                Arguments.of("DATA", "data:,hello", "no media type"),
                Arguments.of("DATA", "data:image png;base64,iVBORw0KGgo=", "not type/subtype"),
                Arguments.of("DATA", "data:image/png;base64,iVBOR*0KGgo=", "not valid base64"),
                Arguments.of("DATA", "data:image/png;base64,iVBORw0KGg", "not valid base64"),
                Arguments.of("DATA", "data:image/png;base64,iVBO=Rw0KGgo=", "not valid base64"),
                Arguments.of("DATA", "data:text/plain,100%zz", "malformed %-escape"),
                Arguments.of("DATA", "/etc/passwd", "not a data: URI"),
                Arguments.of("REMOTE", "file:///etc/passwd", "not an http(s) URL"),
                Arguments.of("REMOTE", "javascript:alert(1)", "not an http(s) URL"),
                Arguments.of("REMOTE", "http://", "not an http(s) URL"));
    }

    @ParameterizedTest(name = "segment {0} {1}")
    @MethodSource("unsafe")
    void anUnsafeSegmentAssetIsAWarning(String source, String location, String says) {
        List<ClapFinding> findings = validator.validate(ClapValidatorTest.withSegment(0,
                b -> b.assetSourceType(source).assetUrl(location)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(ClapFinding.Severity.WARNING);
            assertThat(f.item()).isEqualTo("segment 0");
            assertThat(f.field()).isEqualTo("assetUrl");
            assertThat(f.message()).contains(says).doesNotContain("\n");
        });
    }

    @ParameterizedTest(name = "entity {0} {1}")
    @MethodSource("unsafe")
    void anUnsafeEntityImageOrVoiceIsAWarning(String source, String location, String says) {
        List<ClapFinding> findings = validator.validate(ClapValidatorTest.withEntity(0,
                b -> b.imageSourceType(source).imageId(location).audioSourceType(source).audioId(location)));
        assertThat(findings).extracting(ClapFinding::item, ClapFinding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("entity 0", "imageId"),
                        org.assertj.core.groups.Tuple.tuple("entity 0", "audioId"));
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).contains(says));
    }

    static Stream<Arguments> safe() {
        return Stream.of(
                Arguments.of("PATH", "shots/1.png"),
                Arguments.of("PATH", "./shots/take..2.png"),
                Arguments.of("DATA", "data:image/png;base64,iVBORw0KGgo="),
                Arguments.of("DATA", "data:audio/wav;base64,UklGRg=="),
                Arguments.of("DATA", "data:text/plain;charset=utf-8,Hello%20world"),
                Arguments.of("REMOTE", "https://example.com/shot.mp4"),
                Arguments.of("PROMPT", "../../not a path, a prompt"),
                Arguments.of("EMPTY", "/etc/passwd"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("safe")
    void aSafeLocationOrOneNotAPathIsQuiet(String source, String location) {
        assertThat(validator.validate(ClapValidatorTest.withSegment(0,
                b -> b.assetSourceType(source).assetUrl(location)))).isEmpty();
    }
}
