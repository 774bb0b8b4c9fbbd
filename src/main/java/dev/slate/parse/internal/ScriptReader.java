package dev.slate.parse.internal;

import dev.slate.parse.CharacterCue;
import dev.slate.parse.LineTag;
import dev.slate.parse.SceneHeading;
import dev.slate.parse.Screenplay;
import dev.slate.parse.TaggedLine;
import dev.slate.parse.TitlePage;
import dev.slate.source.ScriptFormat;
import dev.slate.source.ScriptLine;
import dev.slate.source.ScriptText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One parse: prepares the lines, finds the page artefacts, learns the script's layout and cast, then
 * classifies. Made fresh for each script, so the shared parser stays stateless.
 */
public final class ScriptReader {

    private final Map<String, Grammar> grammars;
    private final String language;

    public ScriptReader(Map<String, Grammar> grammars, String language) {
        this.grammars = grammars;
        this.language = language;
    }

    public Screenplay read(ScriptText text) {
        List<Line> lines = new ArrayList<>(text.lines().size());
        for (ScriptLine s : text.lines()) {
            lines.add(new Line(s));
        }
        String lang = language != null ? language : LanguageDetector.detect(lines, grammars);
        Grammar grammar = grammars.get(lang);
        SceneHeadingRule headings = new SceneHeadingRule(grammar);
        BitSet spacing = new BitSet();
        if (text.elements().isEmpty()) {
            boolean markdown = false;
            for (Line l : lines) {
                if (!l.blank) {
                    String whole = Emphasis.unwrap(l.content);
                    String plain = Emphasis.unwrapSpeaker(whole);
                    l.markedSpeaker = plain != whole;
                    if (plain != l.content) {
                        l.setContent(plain); // **ELIAS**, as Markdown and chat tools hand a script over
                        markdown = true;
                    }
                }
            }
            if (markdown) {
                for (Line l : lines) {
                    String plain = l.blank ? l.content : Emphasis.inline(l.content);
                    if (plain != l.content) {
                        l.setContent(plain); // **JANE (30s)**, soaked, climbs the ladder
                    }
                }
            }
            spacing.or(DoubleSpacing.spacing(lines, grammar, headings));
            if (!spacing.isEmpty()) {
                lines.removeIf(l -> spacing.get(l.number()));
            }
            new PageArtifacts(grammar, headings).apply(lines);
            Layouts layouts = Layouts.learn(lines);
            Cast cast = Cast.learn(lines, layouts);
            if (Boolean.getBoolean("slate.debug")) {
                System.err.println(lang + " " + layouts);
            }
            new LineClassifier(grammar, headings).classify(lines, layouts, cast);
        } else {
            DeclaredElements.apply(lines, text.elements());
            if (text.format() == ScriptFormat.FOUNTAIN) {
                new StandaloneCapitals(grammar).apply(lines);
            }
        }

        Map<String, String> renamed = SpeakerSpellings.unify(lines);
        List<TaggedLine> tagged = new ArrayList<>(lines.size());
        Map<Integer, SceneHeading> sceneHeadings = new HashMap<>();
        Map<Integer, CharacterCue> cues = new HashMap<>();
        for (Line l : lines) {
            if (l.blank) {
                continue;
            }
            LineTag tag = l.tag == null ? LineTag.ACTION : l.tag;
            tagged.add(new TaggedLine(l.number(), tag, l.speaker, l.content, l.page));
            if (tag == LineTag.HEADING) {
                sceneHeadings.put(l.number(), headings.split(l.content, l.sceneNumber));
            } else if (tag == LineTag.DIALOGUE && l.inlineCue != null) {
                cues.put(l.number(), l.inlineCue); // NADIA: Did you order the yeast?
            } else if (tag == LineTag.CHARACTER) {
                CharacterCue cue = CharacterCueRule.parse(l.content, true);
                if (cue == null) {
                    cue = CharacterCueRule.withoutItsColon(l.content); // read as a cue by the speaker's name
                }
                if (cue != null) {
                    cues.put(l.number(), renamed.isEmpty() ? cue : SpeakerSpellings.renamed(cue, renamed));
                }
            }
        }
        StructureBuilder structure = new StructureBuilder(grammar, text, spacing, tagged, sceneHeadings, cues);
        TitlePage titlePage = structure.titlePage();
        return new Screenplay(text, lang, tagged, sceneHeadings, cues, titlePage, structure.sequences(titlePage),
                spacing.isEmpty() ? java.util.Set.of() : spacing.stream().boxed().collect(java.util.stream.Collectors.toSet()));
    }
}
