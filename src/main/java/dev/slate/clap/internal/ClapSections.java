package dev.slate.clap.internal;

import java.util.Map;

/**
 * The sections of a file after the header and meta, and how to tell an item's section from its fields
 * when the header's counts cannot be trusted. Each section has a few fields no other section has.
 */
enum ClapSections {
    WORKFLOW("workflow", "workflows", "engine", "provider", "inputFields", "inputValues"),
    ENTITY("entity", "entities", "triggerName", "imagePrompt", "audioPrompt", "imageSourceType"),
    SCENE("scene", "scenes", "events", "startAtLine", "sequenceFullText", "rawLine"),
    SEGMENT("segment", "segments", "track", "startTimeInMs", "assetDurationInMs", "outputType");

    final String singular;
    final String plural;
    private final String[] markers;

    ClapSections(String singular, String plural, String... markers) {
        this.singular = singular;
        this.plural = plural;
        this.markers = markers;
    }

    /** Whether the item has one of this section's own fields. */
    boolean isMarkedIn(Map<?, ?> item) {
        for (String m : markers) {
            if (item.containsKey(m)) {
                return true;
            }
        }
        return false;
    }

    /** The section whose marker fields the item has most of; null when none or a tie. */
    static ClapSections byShape(Map<?, ?> item) {
        ClapSections best = null;
        int bestCount = 0;
        boolean tie = false;
        for (ClapSections s : values()) {
            int count = 0;
            for (String m : s.markers) {
                if (item.containsKey(m)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = s;
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
