// A page's helper thread (a dedicated worker): the live bundle's bytes are
// fetched, hashed, read and kept here, off the page's main thread, which
// they reach only when the app must read them there (they do not pass, for
// their problems). On the main thread, a bundle of 10,000
// posts (25 MB) took about a second of a slow phone's time to read, hash
// and keep, in tasks no tap could interrupt. Keeping the last good copy is
// done here only: the apps send the bundle they validated here too.
//
// What to do with the bytes is decided in Rust (crates/page's `start`;
// solidarity_browser's `helper` and `storage`), which names the cache and
// the header too; this carries it out. A prerendered page's loader
// (start.js) starts it and asks for the fetch at once, so that the bundle
// arrives while the page's wasm does; if the page needs the app, the app
// takes this thread over and has it read the bytes it fetched. One
// question, one answer:
//   { fetch: url }                      (no answer)
//   { hash: true }                      { sha256: hex or null } or { failed: true }
//   { keep: { cache, header, sha256 } } { kept: boolean }, the bytes fetched, under their url
//   { keep: { cache, header, bytes, url } }
//                                       { kept: boolean }, these bytes (an app's), under url
//   { read: { glue, module, bytes? or fetched?, cache, header, url } }
//                                       { campaign: JSON, kept: boolean } once the visitors' app (its
//                                       glue, and its WebAssembly.Module) has read and checked the
//                                       bytes here (fetched: those fetched here, once, fetched again
//                                       if that failed; neither: the copy kept under url), and they
//                                       are kept for its pages and under url; else { refused: true,
//                                       bytes } (moved back: they do not pass, or the app cannot run
//                                       here), or { absent: true } (nothing to read).
//                                       crates/visitor's `read` says why.
//   { render: { path, query, fragment, notices, saved, now } }
//                                       { page: [title, head, body] }, from the bytes read last
//                                       (saved: the kept copy read last)

let fetched;
// Where the bundle was fetched from: where it is kept.
let address;
// The visitors' app, once it has been asked to read a bundle here.
let app;

// Without SubtleCrypto (plain http on a public host) nothing can be
// compared: null, and the page decides as if the bundle had changed.
async function sha256Of(bytes) {
  const digest = self.crypto?.subtle ? new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)) : null;
  return digest && Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function fetchBundle(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = await response.arrayBuffer();
  return { bytes, sha256: await sha256Of(bytes) };
}

// A copy of these very bytes already kept is left as it is: a page view
// does not write megabytes again. If it cannot be kept (over the quota),
// the old copy goes too: an old copy would be worse than none.
async function keep(bytes, url, sha256, { cache: name, header }) {
  try {
    const cache = await caches.open(name);
    if (sha256 && (await cache.match(url))?.headers.get(header) === sha256) return true;
    const headers = { 'content-type': 'application/json', ...(sha256 && { [header]: sha256 }) };
    await cache.put(url, new Response(bytes, { headers }));
    return true;
  } catch {
    try {
      await (await caches.open(name)).delete(url);
    } catch {}
    return false;
  }
}

// The bytes of the copy kept under url, if there is one.
async function keptCopy({ cache: name, url }) {
  try {
    return await (await (await caches.open(name)).match(url))?.arrayBuffer();
  } catch {}
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
    const { hash, keep: what, read, render } = data;
    if (hash) postMessage(bundle ? { sha256: bundle.sha256 } : { failed: true });
    else if (read) {
      // The copy of an earlier visit, unless the bytes are the live ones.
      const saved = !read.bytes && !read.fetched;
      // The fetch asked at the start, tried once more if it failed.
      const live = read.fetched && (bundle ?? (address && (await fetchBundle(address).catch(() => null))));
      const bytes = read.bytes ?? (read.fetched ? live?.bytes : await keptCopy(read));
      // Read once: the thread lets go of them once the app has them.
      if (read.fetched) fetched = undefined;
      let campaign;
      try {
        if (!app) {
          const glue = await import(read.glue);
          await glue.default({ module_or_path: read.module });
          app = glue;
        }
        if (bytes) campaign = app.read(new Uint8Array(bytes), saved);
      } catch (error) {
        console.warn('the bundle is read on the page instead:', error);
      }
      if (!bytes) postMessage({ absent: true });
      else if (campaign === undefined) postMessage({ refused: true, bytes }, [bytes]);
      else if (saved) postMessage({ campaign, kept: true });
      else {
        const sha256 = read.fetched ? live.sha256 : await sha256Of(bytes);
        postMessage({ campaign, kept: await keep(bytes, read.url, sha256, read) });
      }
    } else if (render) {
      const { path, query, fragment, notices, saved, now } = render;
      postMessage({ page: app.render(path, query, fragment, notices, saved, now) });
    } else if (what?.bytes) {
      // An app's bundle, which it validated.
      postMessage({ kept: await keep(what.bytes, what.url, await sha256Of(what.bytes), what) });
    } else if (what) postMessage({ kept: bundle ? await keep(bundle.bytes, address, what.sha256, what) : false });
    else postMessage({ failed: true });
  } catch {
    postMessage({ failed: true });
  }
});
