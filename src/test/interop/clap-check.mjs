#!/usr/bin/env node
// Check a .clap file with the reference reader, @aitube/clap's parseClap.
//
// usage:
//   node clap-check.mjs [--strict] [--quiet] in.clap
//       parseClap(new Blob([fileBytes])) and print a JSON summary on stdout.
//   node clap-check.mjs [--strict] [--quiet] --roundtrip in.clap out.clap
//       parseClap, then serializeClap, write out.clap, re-parse it and include both summaries.
//
// exit codes: 0 ok; 1 parseClap (or serializeClap) threw; 3 --strict and warnings were found; 2 usage / IO error.
//
// Slate's copy of shared/tools/clap-check/clap-check.mjs, same behaviour on the command line. It is also a
// module: check(path, { quiet }) is what clap-expect.mjs runs on many files in one node process.
// The summary's "warnings" lists things parseClap accepts silently but that change the data
// (header counts that don't match the array, categories it had to remap, endTimeInMs it zeroed, ...).
import { readFile, writeFile } from "node:fs/promises"
import { realpathSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { performance } from "node:perf_hooks"
import { gunzipSync } from "node:zlib"
import YAML from "yaml"
import { parseClap, serializeClap, ClapSegmentCategory, ClapOutputType, ClapFormat } from "@aitube/clap"

const r1 = (x) => +x.toFixed(1)
const CATEGORIES = new Set(Object.values(ClapSegmentCategory))
const OUTPUT_TYPES = new Set(Object.values(ClapOutputType))
const isNum = (x) => typeof x === "number" && Number.isFinite(x)
const hist = (items, key) => {
  const h = {}
  for (const it of items) { const k = String(it?.[key]); h[k] = (h[k] || 0) + 1 }
  return Object.fromEntries(Object.entries(h).sort())
}

// Independent look at the raw file (not via parseClap) so we can report what parseClap changed or ignored.
export function rawLook(bytes) {
  const gzip = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
  const out = { gzip, warnings: [] }
  let text
  try { text = gzip ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8") } catch (e) { out.error = `gunzip failed: ${e.message}`; return out }
  out.yamlBytes = Buffer.byteLength(text)
  let arr
  try { arr = YAML.parse(text) } catch (e) { out.error = `YAML.parse failed: ${e.message.split("\n")[0]}`; return out }
  if (!Array.isArray(arr)) { out.error = `top level is ${arr === null ? "null" : typeof arr}, not a YAML sequence`; return out }
  out.arrayLength = arr.length
  const h = arr[0] || {}
  out.header = { format: h.format, numberOfWorkflows: h.numberOfWorkflows, numberOfEntities: h.numberOfEntities, numberOfScenes: h.numberOfScenes, numberOfSegments: h.numberOfSegments }
  const nW = h.numberOfWorkflows || 0, nE = h.numberOfEntities || 0, nSc = h.numberOfScenes || 0
  const w = out.warnings
  if (h.format !== ClapFormat.CLAP_0) w.push(`header.format is ${JSON.stringify(h.format)}; parseClap accepts only "${ClapFormat.CLAP_0}"`)
  for (const k of ["numberOfWorkflows", "numberOfEntities", "numberOfScenes", "numberOfSegments"]) {
    if (h[k] !== undefined && !(Number.isInteger(h[k]) && h[k] >= 0)) w.push(`header.${k} is ${JSON.stringify(h[k])} (not a non-negative integer)`)
    if (h[k] === undefined) w.push(`header.${k} missing (parseClap treats it as 0)`)
  }
  const expectedLen = 2 + nW + nE + nSc + (h.numberOfSegments || 0)
  if (expectedLen !== arr.length) w.push(`array length ${arr.length} != 2 + header counts (${expectedLen}); parseClap slices by the counts, so items land in the wrong section`)
  const meta = arr[1] || {}
  out.rawMeta = { title: meta.title, durationInMs: meta.durationInMs, imageRatio: meta.imageRatio ?? meta.orientation, width: meta.width, height: meta.height }
  const segs = arr.slice(2 + nW + nE + nSc)
  const scenes = arr.slice(2 + nW + nE, 2 + nW + nE + nSc)
  const badScenes = scenes.filter(s => !Array.isArray(s?.events)).length
  if (badScenes) w.push(`${badScenes} scene(s) without an events array (parseClap calls events.map and throws)`)
  const nonExact = {}
  let zeroedEnd = 0, badOutput = 0, noStart = 0
  for (const s of segs) {
    if (!CATEGORIES.has(s?.category)) nonExact[String(s?.category)] = (nonExact[String(s?.category)] || 0) + 1
    if (!isNum(s?.assetDurationInMs) && s?.endTimeInMs) zeroedEnd++
    if (!OUTPUT_TYPES.has(s?.outputType)) badOutput++
    if (!isNum(s?.startTimeInMs)) noStart++
  }
  if (Object.keys(nonExact).length) w.push(`segment categories not exactly an enum value (parseClap remaps or defaults to GENERIC): ${JSON.stringify(nonExact)}`)
  if (zeroedEnd) w.push(`${zeroedEnd} segment(s) have endTimeInMs but no numeric assetDurationInMs: parseClap's sanitizeSegment sets their endTimeInMs to 0`)
  if (badOutput) w.push(`${badOutput} segment(s) with outputType not exactly an enum value (remapped, default TEXT)`)
  if (noStart) w.push(`${noStart} segment(s) without numeric startTimeInMs (become 0)`)
  out.rawSegmentCategories = hist(segs, "category")
  return out
}

export function summarize(clap) {
  return {
    meta: { id: clap.meta.id, title: clap.meta.title, durationInMs: clap.meta.durationInMs, imageRatio: clap.meta.imageRatio, width: clap.meta.width, height: clap.meta.height, bpm: clap.meta.bpm, frameRate: clap.meta.frameRate },
    counts: { workflows: clap.workflows.length, entities: clap.entities.length, scenes: clap.scenes.length, segments: clap.segments.length },
    segmentCategories: hist(clap.segments, "category"),
    entityCategories: hist(clap.entities, "category"),
    maxSegmentEndTimeInMs: clap.segments.reduce((m, s) => Math.max(m, s.endTimeInMs), 0),
  }
}

export async function check(path, { quiet = false } = {}) {
  const bytes = await readFile(path)
  const raw = rawLook(bytes)
  const result = { file: path, bytes: bytes.length, gzip: raw.gzip, header: raw.header, arrayLength: raw.arrayLength }
  let clap
  const t = performance.now()
  const origError = console.error
  if (quiet) console.error = () => {}
  try {
    clap = await parseClap(new Blob([bytes]))
  } catch (e) {
    result.ok = false
    result.error = `parseClap threw: ${e?.message || e}`
    const hints = [...(raw.error ? [raw.error] : []), ...raw.warnings]
    if (!raw.gzip) hints.unshift("file is not gzip (no 1f 8b magic): a Blob input must be gzip-compressed YAML")
    result.hints = hints
    return { result, clap: null }
  } finally {
    console.error = origError
  }
  result.parseMs = r1(performance.now() - t)
  result.ok = true
  Object.assign(result, summarize(clap))
  if (raw.rawMeta && raw.rawMeta.durationInMs !== clap.meta.durationInMs) {
    raw.warnings.push(`meta.durationInMs ${JSON.stringify(raw.rawMeta.durationInMs)} in file became ${clap.meta.durationInMs} (clamped to >=1000, default 4000, then raised to the largest segment endTimeInMs)`)
  }
  result.rawSegmentCategories = raw.rawSegmentCategories
  result.warnings = raw.warnings
  return { result, clap }
}

async function main(args) {
  const strict = args.includes("--strict")
  const quiet = args.includes("--quiet")
  const roundtrip = args.includes("--roundtrip")
  const files = args.filter(a => !a.startsWith("--"))
  if (files.length !== (roundtrip ? 2 : 1)) {
    console.error("usage: node clap-check.mjs [--strict] [--quiet] in.clap\n       node clap-check.mjs [--strict] [--quiet] --roundtrip in.clap out.clap")
    return 2
  }

  let exitCode = 0
  try {
    const first = await check(files[0], { quiet })
    let report = first.result
    if (!first.clap) {
      exitCode = 1
    } else if (roundtrip) {
      const t = performance.now()
      let blob
      try {
        blob = await serializeClap(first.clap)
      } catch (e) {
        report = { input: first.result, ok: false, error: `serializeClap threw: ${e?.message || e}` }
        exitCode = 1
      }
      if (blob) {
        const out = Buffer.from(await blob.arrayBuffer())
        await writeFile(files[1], out)
        const serializeMs = r1(performance.now() - t)
        const second = await check(files[1], { quiet })
        const a = first.result, b = second.result
        const same = b.ok && JSON.stringify(a.counts) === JSON.stringify(b.counts) && JSON.stringify(a.segmentCategories) === JSON.stringify(b.segmentCategories)
        report = { input: a, output: { ...b, serializeMs }, ok: a.ok && b.ok, countsAndCategoriesPreserved: same }
        if (!b.ok) exitCode = 1
      }
    }
    const warnings = (report.warnings || []).length + (report.input?.warnings || []).length + (report.output?.warnings || []).length
    if (exitCode === 0 && strict && warnings) exitCode = 3
    console.log(JSON.stringify(report, null, 2))
    if (exitCode === 1) console.error(`clap-check: FAILED: ${report.error || report.output?.error || report.input?.error}`)
    if (exitCode === 3) console.error(`clap-check: ${warnings} warning(s) with --strict`)
  } catch (e) {
    console.error(`clap-check: ${e?.stack || e}`)
    exitCode = 2
  }
  return exitCode
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(await main(process.argv.slice(2)))
}
