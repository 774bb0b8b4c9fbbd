#!/usr/bin/env node
// Load many .clap files with the reference reader in one node process and compare what it read with
// what the writer meant.
//
// usage: node clap-expect.mjs [--strict] FILE.clap EXPECTED.txt [FILE.clap EXPECTED.txt ...]
//
// EXPECTED.txt has one line per value: a dotted path into parseClap's result, a tab, and the expected
// value in the text form of values.mjs (e.g. "meta.title<TAB>s0041"). Each file is loaded exactly as
// clap-check.mjs does (its check() function), with the same warnings.
//
// Output, one tab-separated record per line (easy to read from Java):
//   file      FILE  ok|failed  WARNINGS  CHECKED  MISMATCHES
//   warning   FILE  text
//   mismatch  FILE  path  expected  actual
//   error     FILE  text
// exit codes: 0 every file loaded and matched; 1 a file failed to load or a value differed;
//             3 --strict and a file had warnings; 2 usage or I/O error.
import { readFile } from "node:fs/promises"
import { check } from "./clap-check.mjs"
import { encode, at, lines } from "./values.mjs"

const args = process.argv.slice(2)
const strict = args.includes("--strict")
const files = args.filter(a => !a.startsWith("--"))
if (files.length === 0 || files.length % 2 !== 0) {
  console.error("usage: node clap-expect.mjs [--strict] FILE.clap EXPECTED.txt [FILE.clap EXPECTED.txt ...]")
  process.exit(2)
}

const oneLine = (s) => String(s).replace(/[\t\r\n]+/g, " ")
const out = []
let failed = false, warned = false
try {
  for (let i = 0; i < files.length; i += 2) {
    const file = files[i]
    const expected = lines(await readFile(files[i + 1], "utf8"))
    const { result, clap } = await check(file, { quiet: true })
    const warnings = result.warnings || []
    let checked = 0, mismatches = 0
    if (clap) {
      for (const line of expected) {
        if (!line) continue
        const tab = line.indexOf("\t")
        const path = line.slice(0, tab), want = line.slice(tab + 1)
        const got = encode(at(clap, path))
        checked++
        if (got !== want) {
          mismatches++
          out.push(["mismatch", file, path, want, got].join("\t"))
        }
      }
    } else {
      out.push(["error", file, oneLine(result.error), ...(result.hints || []).map(oneLine)].join("\t"))
      failed = true
    }
    for (const w of warnings) out.push(["warning", file, oneLine(w)].join("\t"))
    if (mismatches) failed = true
    if (warnings.length) warned = true
    out.push(["file", file, clap ? "ok" : "failed", warnings.length, checked, mismatches].join("\t"))
  }
} catch (e) {
  console.error(`clap-expect: ${e?.stack || e}`)
  process.exit(2)
}
process.stdout.write(out.join("\n") + "\n")
process.exitCode = failed ? 1 : strict && warned ? 3 : 0
