// Where a wasm's code goes, by crate, from its name section: what a size
// budget needs to know before it can be met. Reads cargo's own artifact
// (target/wasm32-unknown-unknown/release/solidarity-day.wasm keeps the
// names; wasm-opt's output does not), or compares two builds of it:
//
//   node scripts/wasm-sizes.mjs NEW.wasm            the largest crates
//   node scripts/wasm-sizes.mjs OLD.wasm NEW.wasm   what changed, by crate
//
// Sizes are of function bodies and data, before wasm-opt and compression:
// proportions, not the bytes a visitor downloads (scripts/bench-shell.mjs).

import { readFileSync } from 'node:fs';

/** An unsigned LEB128 number at `at`: [value, the offset after it]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Each function's body size by name, and the data section's size. */
function read(path) {
  const bytes = readFileSync(path);
  const text = (from, length) => new TextDecoder().decode(bytes.subarray(from, from + length));
  let at = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = 0;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = leb(bytes, at);
    const end = at + size;
    if (id === 2) {
      let [count, i] = leb(bytes, at);
      for (; count > 0; count--) {
        for (let name = 0; name < 2; name++) {
          const [length, after] = leb(bytes, i);
          i = after + length;
        }
        const kind = bytes[i++];
        if (kind === 0) [, i] = leb(bytes, i);
        if (kind === 0) imported++;
        else if (kind === 1) i = limits(bytes, i + 1);
        else if (kind === 2) i = limits(bytes, i);
        else if (kind === 3) i += 2;
      }
    } else if (id === 10) {
      let [count, i] = leb(bytes, at);
      for (; count > 0; count--) {
        const [length, after] = leb(bytes, i);
        bodies.push(length);
        i = after + length;
      }
    } else if (id === 11) {
      data = size;
    } else if (id === 0) {
      const [length, after] = leb(bytes, at);
      if (text(after, length) === 'name') {
        let i = after + length;
        while (i < end) {
          const sub = bytes[i++];
          const [subSize, start] = leb(bytes, i);
          if (sub === 1) {
            let [count, j] = leb(bytes, start);
            for (; count > 0; count--) {
              let index;
              let nameLength;
              [index, j] = leb(bytes, j);
              [nameLength, j] = leb(bytes, j);
              names.set(index, text(j, nameLength));
              j += nameLength;
            }
          }
          i = start + subSize;
        }
      }
    }
    at = end;
  }
  const functions = new Map();
  for (const [k, size] of bodies.entries()) functions.set(names.get(imported + k) ?? `#${k}`, size);
  return { functions, data };
}

/** A table's limits (flags, minimum, maximum if flagged): the offset after them. */
function limits(bytes, at) {
  const flags = bytes[at];
  let [, i] = leb(bytes, at + 1);
  if (flags & 1) [, i] = leb(bytes, i);
  return i;
}

/** The crate a (v0 or legacy) mangled Rust name belongs to. */
function crateOf(name) {
  const v0 = name.startsWith('_R') && name.match(/Cs[0-9A-Za-z]*_(\d+)([A-Za-z_][A-Za-z_0-9]*)/);
  if (v0) return v0[2].slice(0, Number(v0[1]));
  // A trait's impl (`<serde_json::de::Deserializer as …>`): the type's crate.
  const impl = name.match(/^_ZN\d+_\$LT\$(?:\$RF\$|mut\$u20\$)*([a-z_][a-z_0-9]*)\.\./);
  if (impl) return impl[1];
  const legacy = name.match(/^_ZN(\d+)(\w+)/);
  if (legacy) return legacy[2].slice(0, Number(legacy[1]));
  return name.match(/^<?(\w+)/)?.[1] ?? name;
}

function byCrate({ functions, data }) {
  const sizes = new Map([['(data)', data]]);
  for (const [name, size] of functions) {
    // wasm-bindgen's type descriptions: it runs them and removes them.
    if (/WasmDescribe|__wbindgen_describe/.test(name)) continue;
    sizes.set(crateOf(name), (sizes.get(crateOf(name)) ?? 0) + size);
  }
  return sizes;
}

const [first, second] = process.argv.slice(2);
if (!first) {
  console.error('usage: node scripts/wasm-sizes.mjs [OLD.wasm] NEW.wasm');
  process.exit(2);
}
const after = byCrate(read(second ?? first));
const before = second ? byCrate(read(first)) : new Map();
const total = (sizes) => [...sizes.values()].reduce((a, b) => a + b, 0);
const rows = [...new Set([...before.keys(), ...after.keys()])]
  .map((name) => [name, before.get(name) ?? 0, after.get(name) ?? 0])
  .sort((a, b) => (second ? Math.abs(b[2] - b[1]) - Math.abs(a[2] - a[1]) : b[2] - a[2]))
  .slice(0, 25);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
for (const [name, old, now] of rows) {
  console.log(
    second ? `${kb(old)} ${kb(now)} ${(now >= old ? '+' : '') + ((now - old) / 1024).toFixed(1)} KB  ${name}` : `${kb(now)}  ${name}`,
  );
}
console.log(second ? `${kb(total(before))} ${kb(total(after))}  in all` : `${kb(total(after))}  in all`);
