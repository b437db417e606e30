// Composes ncc's source map (bundle -> build/*.js, tsc's output) with tsc's maps (build/*.js
// -> src/*.ts), so a stack trace from dist/<entry>/index.js names src/...ts:line. ncc does not
// read its inputs' maps itself. The result is deterministic: sources are written relative to
// dist/<entry>/ whatever the machine's layout (a symlinked node_modules included), and
// sourcesContent is dropped (stack traces need only the mappings; it would triple dist/).
// ncc's maps are line-granular (webpack's cheap-module-source-map), so a frame names the
// right file and the line of the statement, give or take a line inside a long expression.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes a `mappings` string into lines of absolute segments [genCol, src, line, col, name?]. */
export function decodeMappings(mappings) {
  const lines = [];
  const state = [0, 0, 0, 0, 0];
  for (const line of mappings.split(';')) {
    state[0] = 0;
    const segments = [];
    for (const raw of line.split(',')) {
      if (!raw) continue;
      const fields = decodeVlqs(raw);
      const seg = fields.map((delta, i) => (state[i] += delta));
      segments.push(seg);
    }
    lines.push(segments);
  }
  return lines;
}

export function encodeMappings(lines) {
  const state = [0, 0, 0, 0, 0];
  return lines
    .map((segments) => {
      state[0] = 0;
      return segments
        .map((seg) =>
          seg
            .map((v, i) => {
              const delta = v - state[i];
              state[i] = v;
              return encodeVlq(delta);
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

function decodeVlqs(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = B64_INDEX.get(c);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character ${JSON.stringify(c)}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return out;
}

function encodeVlq(n) {
  let v = n < 0 ? -n * 2 + 1 : n * 2;
  let s = '';
  do {
    let digit = v % 32;
    v = Math.floor(v / 32);
    if (v > 0) digit |= 32;
    s += B64[digit];
  } while (v > 0);
  return s;
}

/**
 * The last segment of `segments` starting at or before `col`, else the line's first one: ncc's
 * maps are line-granular (every column 0), and a compiled line often starts indented.
 */
function segmentAt(segments, col) {
  let found = segments[0];
  for (const s of segments) {
    if (s[0] > col) break;
    found = s;
  }
  return found;
}

/**
 * @param bundleMap ncc's map of dist/<entry>/index.js (parsed JSON)
 * @param root the repository root (build/ and src/ under it)
 * @param outDir dist/<entry>
 */
export function composeSourceMap(bundleMap, root, outDir) {
  const sources = [];
  const sourceIndex = new Map();
  const indexOf = (abs) => {
    const rel = path.relative(outDir, abs).split(path.sep).join('/');
    if (!sourceIndex.has(rel)) {
      sourceIndex.set(rel, sources.length);
      sources.push(rel);
    }
    return sourceIndex.get(rel);
  };
  // Per bundle source: how to map a position in it (a tsc map) or where it is (node_modules, webpack runtime).
  const inputs = bundleMap.sources.map((s) => {
    const compiled = /^(?:\.\.\/)+build\/(.+\.js)$/.exec(s);
    const mapFile = compiled && path.join(root, 'build', `${compiled[1]}.map`);
    if (mapFile && existsSync(mapFile)) {
      const tsc = JSON.parse(readFileSync(mapFile, 'utf8'));
      const dir = path.dirname(mapFile);
      return { lines: decodeMappings(tsc.mappings), sources: tsc.sources.map((t) => indexOf(path.resolve(dir, tsc.sourceRoot ?? '', t))) };
    }
    const nm = s.lastIndexOf('node_modules/');
    return { index: indexOf(nm >= 0 ? path.join(root, s.slice(nm)) : path.join(outDir, s)) };
  });
  const lines = decodeMappings(bundleMap.mappings).map((segments) =>
    segments.map((seg) => {
      if (seg.length < 4) return [seg[0]];
      const input = inputs[seg[1]];
      if (input.index !== undefined) return [seg[0], input.index, seg[2], seg[3]];
      const original = segmentAt(input.lines[seg[2]] ?? [], seg[3]);
      if (!original || original.length < 4) return [seg[0]];
      return [seg[0], input.sources[original[1]], original[2], original[3]];
    }),
  );
  // No names: a line-granular map would pin them on the wrong calls.
  return { version: 3, file: bundleMap.file, names: [], sources, mappings: encodeMappings(lines) };
}
