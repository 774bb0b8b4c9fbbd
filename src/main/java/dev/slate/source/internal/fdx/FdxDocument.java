package dev.slate.source.internal.fdx;

import java.util.List;

/** What Slate takes from a Final Draft file: the title page's paragraphs and the script's, in order. */
record FdxDocument(List<FdxParagraph> titlePage, List<FdxParagraph> script) {

    FdxDocument {
        titlePage = List.copyOf(titlePage);
        script = List.copyOf(script);
    }
}
