package dev.slate.convert.internal;

import dev.slate.clap.AssetSource;
import dev.slate.clap.ClapSegment;
import dev.slate.clap.SegmentStatus;
import dev.slate.convert.TooManySegmentsException;
import dev.slate.convert.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The segments of a project as they are laid down, track by track. Callers place segments in time
 * order on each track; this keeps them from overlapping by construction (a segment that would start
 * before its track's last end is refused loudly, as a bug), and stops at the converter's segment limit.
 */
public final class Timeline {
    private final Ids ids;
    private final String createdAt;
    private final long[] trackEnd = new long[Track.values().length];
    private final List<ClapSegment> segments = new ArrayList<>();
    private final int maxSegments;

    public Timeline(Ids ids, String createdAt, int maxSegments) {
        this.ids = ids;
        this.createdAt = createdAt;
        this.maxSegments = maxSegments;
    }

    /** Adds a segment and returns its id. */
    public String add(Track track, long start, long end, String prompt, String label, String entityId, String sceneId,
            int startLine, int endLine) {
        if (start < trackEnd[track.ordinal()] || end < start) {
            throw new IllegalStateException("segment on " + track + " at " + start + "-" + end + " overlaps or runs backwards");
        }
        if (segments.size() >= maxSegments) {
            throw new TooManySegmentsException(maxSegments);
        }
        trackEnd[track.ordinal()] = end;
        String id = ids.next();
        // the record's constructor rather than its builder, which C2 leaves on the heap: a builder between each two
        // segments spreads them over more memory for the writer to read (a project copied close together wrote 8%
        // faster)
        segments.add(new ClapSegment(id, "", List.of(), track.number(), start, end, track.category().wire(),
                entityId == null ? "" : entityId, "", sceneId == null ? "" : sceneId, startLine, endLine, prompt, label,
                track.outputType().wire(), "", SegmentStatus.TO_GENERATE.wire(), "", 0, AssetSource.EMPTY.wire(), "",
                createdAt, "auto", "auto", 0, 0, 0, Map.of()));
        return id;
    }

    public List<ClapSegment> segments() {
        return segments;
    }
}
