// Makes lighthouse.clap, the sample the README's first command inspects, with the reference
// implementation itself (@aitube/clap 0.2.4), so the sample also proves Slate reads files other tools write.
//
//   npm ci --prefix src/test/interop && node corpus/clap/make-sample.mjs
// (CLAP_NODE_MODULES names another node_modules holding @aitube/clap 0.2.4.)
//
// Deterministic: fixed ids, seeds and dates, so re-running it gives the same YAML.
import { writeFile } from "node:fs/promises"
import { gunzipSync, gzipSync } from "node:zlib"
import { pathToFileURL } from "node:url"
import { resolve } from "node:path"

const modules = process.env.CLAP_NODE_MODULES || resolve(new URL(".", import.meta.url).pathname, "../../src/test/interop/node_modules")
const { newClap, newEntity, newSegment, serializeClap, ClapSegmentCategory: C, ClapOutputType: O } =
  await import(pathToFileURL(resolve(modules, "@aitube/clap/dist/index.js")).href)

const screenplay = `EXT. LIGHTHOUSE - NIGHT

Waves hammer the rocks. The lamp turns, slow and patient.

INT. LIGHTHOUSE - LAMP ROOM - NIGHT

MAREN (60s), wind-burned, wipes the great lens with a rag.

                    MAREN
          Forty years, and you never once
          kept a ship off those rocks by yourself.

A RADIO crackles on the desk.

                    TOMAS (V.O.)
          Maren? The relief boat can't land.
          Not tonight.

                    MAREN
          Then I'll keep the light.

FADE OUT.
`
const date = "2026-11-21T12:00:00.000Z"
let n = 0
const id = () => `5a1e${String(++n).padStart(4, "0")}-0000-4000-8000-${String(n).padStart(12, "0")}`
const maren = newEntity({ id: id(), category: C.CHARACTER, triggerName: "MAREN", label: "Maren", description: "In her sixties, wind-burned; the lighthouse keeper.", age: 65, gender: "female", seed: 1001, imagePrompt: "woman in her sixties, wind-burned face, oilskin coat", author: "", region: "global", appearance: "serious", audioEngine: "", audioSourceType: "EMPTY", imageSourceType: "EMPTY" })
const tomas = newEntity({ id: id(), category: C.CHARACTER, triggerName: "TOMAS", label: "Tomas", description: "A voice on the radio.", age: 0, gender: "male", seed: 1002, author: "", region: "global", appearance: "neutral", audioEngine: "", audioSourceType: "EMPTY", imageSourceType: "EMPTY" })
const place = newEntity({ id: id(), category: C.LOCATION, triggerName: "LIGHTHOUSE", label: "Lighthouse", description: "A lighthouse on a rock, at night.", age: 0, gender: "object", seed: 1003, author: "", region: "global", appearance: "neutral", audioEngine: "", audioSourceType: "EMPTY", imageSourceType: "EMPTY" })
const scene1 = { id: id(), scene: "The lighthouse in the storm", line: "EXT. LIGHTHOUSE - NIGHT", rawLine: "EXT. LIGHTHOUSE - NIGHT", sequenceFullText: "", sequenceStartAtLine: 1, sequenceEndAtLine: 21, startAtLine: 1, endAtLine: 4,
  events: [{ id: id(), type: "description", character: "", description: "Waves hammer the rocks. The lamp turns, slow and patient.", behavior: "", startAtLine: 3, endAtLine: 3 }] }
const scene2 = { id: id(), scene: "Maren keeps the light", line: "INT. LIGHTHOUSE - LAMP ROOM - NIGHT", rawLine: "INT. LIGHTHOUSE - LAMP ROOM - NIGHT", sequenceFullText: "", sequenceStartAtLine: 1, sequenceEndAtLine: 21, startAtLine: 5, endAtLine: 21,
  events: [
    { id: id(), type: "action", character: "MAREN", description: "Maren wipes the great lens with a rag.", behavior: "", startAtLine: 7, endAtLine: 7 },
    { id: id(), type: "dialogue", character: "MAREN", description: "Forty years, and you never once kept a ship off those rocks by yourself.", behavior: "", startAtLine: 9, endAtLine: 11 },
    { id: id(), type: "description", character: "", description: "A radio crackles on the desk.", behavior: "", startAtLine: 13, endAtLine: 13 },
    { id: id(), type: "dialogue", character: "TOMAS", description: "Maren? The relief boat can't land. Not tonight.", behavior: "", startAtLine: 15, endAtLine: 17 },
    { id: id(), type: "dialogue", character: "MAREN", description: "Then I'll keep the light.", behavior: "", startAtLine: 19, endAtLine: 20 },
  ] }
const seg = (s) => newSegment({ createdAt: date, createdBy: "human", editedBy: "human", seed: 2000 + n, id: id(), assetDurationInMs: 0, ...s })
const shots = [[0, 4000, scene1, "Wide shot, a lighthouse on a rock in a storm at night, waves crashing", 1, 4], [4000, 12000, scene2, "Medium shot, a woman in her sixties wipes a huge lighthouse lens, lamp room at night", 5, 11], [12000, 18000, scene2, "Close-up, an old radio on a desk crackles, lamp room at night", 13, 17], [18000, 21000, scene2, "Close-up, the keeper's determined face lit by the turning lamp", 19, 20]]
const segments = []
for (const [start, end, scene, prompt, l1, l2] of shots) {
  segments.push(seg({ track: 0, startTimeInMs: start, endTimeInMs: end, category: C.VIDEO, outputType: O.VIDEO, sceneId: scene.id, prompt, label: prompt.split(",")[0], startTimeInLines: l1, endTimeInLines: l2 }))
  segments.push(seg({ track: 1, startTimeInMs: start, endTimeInMs: end, category: C.IMAGE, outputType: O.IMAGE, sceneId: scene.id, prompt, label: prompt.split(",")[0], startTimeInLines: l1, endTimeInLines: l2 }))
}
const lines = [[4000, 9000, maren, "Forty years, and you never once kept a ship off those rocks by yourself.", 9, 11], [13000, 17000, tomas, "Maren? The relief boat can't land. Not tonight.", 15, 17], [18500, 20500, maren, "Then I'll keep the light.", 19, 20]]
for (const [start, end, who, text, l1, l2] of lines) {
  segments.push(seg({ track: 2, startTimeInMs: start, endTimeInMs: end, category: C.DIALOGUE, outputType: O.AUDIO, entityId: who.id, sceneId: (l1 < 5 ? scene1 : scene2).id, prompt: text, label: `${who.triggerName}: ${text}`, startTimeInLines: l1, endTimeInLines: l2 }))
}
segments.push(seg({ track: 3, startTimeInMs: 0, endTimeInMs: 4000, category: C.LOCATION, sceneId: scene1.id, entityId: place.id, prompt: "lighthouse, exterior", label: "EXT. LIGHTHOUSE", startTimeInLines: 1, endTimeInLines: 4 }))
segments.push(seg({ track: 3, startTimeInMs: 4000, endTimeInMs: 21000, category: C.LOCATION, sceneId: scene2.id, entityId: place.id, prompt: "lighthouse lamp room, interior", label: "INT. LIGHTHOUSE - LAMP ROOM", startTimeInLines: 5, endTimeInLines: 21 }))
segments.push(seg({ track: 4, startTimeInMs: 0, endTimeInMs: 21000, category: C.TIME, prompt: "night", label: "NIGHT", startTimeInLines: 1, endTimeInLines: 21 }))
segments.push(seg({ track: 5, startTimeInMs: 0, endTimeInMs: 21000, category: C.WEATHER, prompt: "storm, heavy waves", label: "storm", startTimeInLines: 1, endTimeInLines: 4 }))
segments.push(seg({ track: 6, startTimeInMs: 12000, endTimeInMs: 13000, category: C.SOUND, prompt: "radio static crackle", label: "RADIO crackles", startTimeInLines: 13, endTimeInLines: 13 }))
segments.push(seg({ track: 7, startTimeInMs: 20000, endTimeInMs: 21000, category: C.TRANSITION, prompt: "fade out", label: "FADE OUT.", startTimeInLines: 21, endTimeInLines: 21 }))

const clap = newClap({ meta: { id: "5a1e0000-0000-4000-8000-000000000000", title: "The Lighthouse Keeper", description: "A keeper alone in a storm. Sample project written by the reference implementation.", synopsis: "The relief boat cannot land; Maren keeps the light.", licence: "CC-BY-4.0 (Slate team)", imageRatio: "LANDSCAPE", durationInMs: 21000, width: 1024, height: 576, storyPrompt: screenplay, isLoop: false, isInteractive: false, bpm: 120, frameRate: 24, tags: ["drama", "sample"], thumbnailUrl: "", imagePrompt: "", systemPrompt: "" },
  entities: [maren, tomas, place], scenes: [scene1, scene2], segments })
const blob = await serializeClap(clap)
// Re-gzip the YAML with a fixed header (no timestamp) so the file is byte-for-byte reproducible.
const yaml = gunzipSync(Buffer.from(await blob.arrayBuffer()))
const out = new URL("./lighthouse.clap", import.meta.url)
await writeFile(out, gzipSync(yaml, { level: 9 }))
console.log(`wrote ${out.pathname}: ${segments.length} segments, ${yaml.length} bytes of YAML`)
