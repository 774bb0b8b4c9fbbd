// A lossless one-line text form of a value read from YAML, so that Java (which has no JSON library)
// can say exactly what it expects and compare without any parsing of its own:
//   string   "s" + 4 lowercase hex digits per UTF-16 code unit ("" is "s"; lone surrogates survive)
//   number   "d" + the 16 lowercase hex digits of its IEEE 754 double bits (-0, NaN, Infinity exact)
//   boolean  "t" / "f";  null "n";  undefined "u" (a field the reader did not produce)
//   array    "[" + items joined by "," + "]"
//   Map      "{" + key ":" value, joined by ",", in the Map's order + "}"  (yaml-read: mapAsMap keeps file order)
//   object   the same, entries sorted by encoded key (JS objects move integer-like keys first)
const view = new DataView(new ArrayBuffer(8))

export function encode(v) {
  if (v === null) return "n"
  if (v === undefined) return "u"
  switch (typeof v) {
    case "string": {
      let out = "s"
      for (let i = 0; i < v.length; i++) out += v.charCodeAt(i).toString(16).padStart(4, "0")
      return out
    }
    case "number":
      view.setFloat64(0, v)
      return "d" + view.getBigUint64(0).toString(16).padStart(16, "0")
    case "bigint":
      return encode(Number(v))
    case "boolean":
      return v ? "t" : "f"
  }
  if (Array.isArray(v)) return "[" + v.map(encode).join(",") + "]"
  if (v instanceof Map) return "{" + [...v].map(([k, x]) => encode(k) + ":" + encode(x)).join(",") + "}"
  if (typeof v === "object") {
    const entries = Object.keys(v).map(k => [encode(k), encode(v[k])])
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    return "{" + entries.map(([k, x]) => k + ":" + x).join(",") + "}"
  }
  return "?" + typeof v
}

/** The value at a dotted path ("segments.3.endTimeInMs", "scenes.0.events.length"). */
export function at(root, path) {
  let v = root
  for (const part of path.split(".")) {
    if (v === null || v === undefined) return undefined
    v = v[part]
  }
  return v
}

/** Lines of a text file, without a trailing empty line. */
export function lines(text) {
  const out = text.split("\n")
  if (out.length && out[out.length - 1] === "") out.pop()
  return out
}
