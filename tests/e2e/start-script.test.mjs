// The start-up script of prerendered pages carries what the build knows (the
// campaign among it) as a literal: any text an editor writes must arrive
// byte for byte, `$'`, `` $` ``, `$&`, `$$` and every naughty string
// included. No browser needed: the minified module is imported as it is.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startScript } from '../../scripts/start-script.mjs';

const naughty = JSON.parse(await readFile(new URL('../../../shared/testdata/naughty-strings/blns.json', import.meta.url), 'utf8'));
const PATTERNS = ["$'", '$`', '$&', '$$', '$1', '$<name>', "a$'b$`c$&d$$e", '</script><script>alert(1)</script>', '\u2028\u2029'];

/** A start-up script whose only statement exports BUILD. */
const probe = 'const BUILD = null; // filled in by scripts/start-script.mjs\nexport default BUILD;\n';

test('every campaign text reaches the start-up script byte for byte', async () => {
  const texts = [...PATTERNS, ...naughty];
  const build = {
    bundle: 'f'.repeat(64),
    campaign: { title: texts.join('\u0000'), short_title: '$&', honoree: "$'" },
    texts,
  };
  const code = await startScript(build, probe);
  const module = await import(`data:text/javascript;charset=utf-8,${encodeURIComponent(code)}`);
  assert.deepEqual(module.default, build);
});

test('the real start-up script keeps its BUILD line and refuses a source without one', async () => {
  const code = await startScript({ campaign: { title: "$'$`$&$$" } });
  assert.ok(code.includes('$\'$`$&$$'), 'the pattern text is in the script as written');
  await assert.rejects(startScript({}, 'const nothing = 1;'), /no BUILD line/);
});
