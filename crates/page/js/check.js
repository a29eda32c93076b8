// A prerendered page's helper thread (a dedicated worker): the live
// bundle's bytes are fetched, hashed and kept here, off the page's main
// thread, and reach the page only when its app needs them. On the main
// thread, a bundle of 10,000 posts (25 MB) took about a second of a slow
// phone's time to read, hash and keep, in tasks no tap could interrupt.
//
// What to do with the bytes is decided in Rust (crates/page, `start`),
// which names the cache and the header too; this carries it out. Started
// by the loader (start.js), which asks for the fetch at once, so that the
// bundle arrives while the page's wasm does. One question, one answer:
//   { fetch: url }                      (no answer)
//   { hash: true }                      { sha256: hex or null } or { failed: true }
//   { keep: { cache, header, sha256 } } { kept: boolean }, kept under the url fetched
//   { give: true }                      { bytes: ArrayBuffer } (moved, not copied)

let fetched;
// Where the bundle was fetched from: where it is kept.
let address;

async function fetchBundle(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = await response.arrayBuffer();
  // Without SubtleCrypto (plain http on a public host) nothing can be
  // compared: null, and the page decides as if the bundle had changed.
  const digest = self.crypto?.subtle ? new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)) : null;
  return { bytes, sha256: digest && Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
}

// A copy of these very bytes already kept is left as it is: a page view
// does not write megabytes again. If it cannot be kept (over the quota),
// the old copy goes too: an old copy would be worse than none.
async function keep({ bytes }, { cache: name, header, sha256 }) {
  try {
    const cache = await caches.open(name);
    if ((await cache.match(address))?.headers.get(header) === sha256) return true;
    await cache.put(address, new Response(bytes, { headers: { 'content-type': 'application/json', [header]: sha256 } }));
    return true;
  } catch {
    try {
      await (await caches.open(name)).delete(address);
    } catch {}
    return false;
  }
}

addEventListener('message', async ({ data }) => {
  if (data.fetch) {
    address = data.fetch;
    fetched = fetchBundle(address);
    fetched.catch(() => {});
    return;
  }
  // Every question is answered: the page waits for the answer.
  try {
    const bundle = await fetched?.catch(() => null);
    if (data.hash) postMessage(bundle ? { sha256: bundle.sha256 } : { failed: true });
    else if (data.keep) postMessage({ kept: bundle ? await keep(bundle, data.keep) : false });
    else if (data.give && bundle) postMessage({ bytes: bundle.bytes }, [bundle.bytes]);
    else postMessage({ failed: true });
  } catch {
    postMessage({ failed: true });
  }
});
