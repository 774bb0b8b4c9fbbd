#!/usr/bin/env node
// Read YAML files with the `yaml` package (the parser parseClap uses) and compare every top-level item
// with what the writer meant: proves that a string (or any value) reads back identically, code unit for
// code unit, lone surrogates included.
//
// usage: node yaml-read.mjs [--yaml-1.2|--yaml-1.1] FILE.yaml EXPECTED.txt [FILE.yaml EXPECTED.txt ...]
//
// FILE.yaml is one top-level sequence. EXPECTED.txt has one line per item: the item in the text form of
// values.mjs, maps in file order. By default (or --yaml-1.2) the document is read as parseClap reads it
// (YAML 1.2, core schema); --yaml-1.1 reads it with the YAML 1.1 schema (yes/no/on/off booleans, 0o17, 1:20, dates...),
// to show that the writer's plain scalars are safe for YAML 1.1 readers too. Parser errors AND warnings
// count as failures.
//
// Output, one tab-separated record per line:
//   file      FILE  ok|failed  ITEMS  MISMATCHES
//   mismatch  FILE  INDEX  expected  actual
//   error     FILE  text
// exit codes: 0 all items matched; 1 a parse error, warning or mismatch; 2 usage or I/O error.
import { readFile } from "node:fs/promises"
import YAML from "yaml"
import { encode, lines } from "./values.mjs"

const args = process.argv.slice(2)
const version = args.includes("--yaml-1.1") ? "1.1" : "1.2"
const files = args.filter(a => !a.startsWith("--"))
if (files.length === 0 || files.length % 2 !== 0) {
  console.error("usage: node yaml-read.mjs [--yaml-1.2|--yaml-1.1] FILE.yaml EXPECTED.txt [FILE.yaml EXPECTED.txt ...]")
  process.exit(2)
}

const oneLine = (s) => String(s).replace(/[\t\r\n]+/g, " ")
const out = []
let failed = false
try {
  for (let i = 0; i < files.length; i += 2) {
    const file = files[i]
    const text = await readFile(file, "utf8")
    const expected = lines(await readFile(files[i + 1], "utf8"))
    const doc = YAML.parseDocument(text, { version, uniqueKeys: true })
    const problems = [...doc.errors, ...doc.warnings]
    for (const p of problems) out.push(["error", file, oneLine(p.message)].join("\t"))
    let mismatches = 0, items = 0
    if (!problems.length) {
      const value = doc.toJS({ mapAsMap: true, maxAliasCount: 0 })
      if (!Array.isArray(value)) {
        out.push(["error", file, `top level is ${value === null ? "null" : typeof value}, not a sequence`].join("\t"))
        problems.push("not a sequence")
      } else {
        items = value.length
        const n = Math.max(value.length, expected.length)
        for (let j = 0; j < n; j++) {
          const got = j < value.length ? encode(value[j]) : "(missing)"
          const want = j < expected.length ? expected[j] : "(none)"
          if (got !== want) {
            mismatches++
            out.push(["mismatch", file, j, want, got].join("\t"))
          }
        }
      }
    }
    if (problems.length || mismatches) failed = true
    out.push(["file", file, problems.length ? "failed" : "ok", items, mismatches].join("\t"))
  }
} catch (e) {
  console.error(`yaml-read: ${e?.stack || e}`)
  process.exit(2)
}
process.stdout.write(out.join("\n") + "\n")
process.exitCode = failed ? 1 : 0
