// The committed JSON Schema, checked by a validator no one on this project
// wrote (Ajv, draft 2020-12): the default bundle passes, typical mistakes fail.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../public/data/', import.meta.url);
const schema = JSON.parse(await readFile(new URL('bundle.schema.json', root), 'utf8'));
const bundle = JSON.parse(await readFile(new URL('bundle.json', root), 'utf8'));

const ajv = new Ajv2020({ strict: true, allErrors: true });
// schemars names the integer widths of the Rust types.
ajv.addFormat('uint32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32 });
ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
ajv.addFormat('double', { type: 'number', validate: Number.isFinite });
const validate = ajv.compile(schema);

test('the default bundle validates against the committed schema', () => {
  assert.ok(validate(bundle), JSON.stringify(validate.errors, null, 2));
});

test('the schema catches what editors get wrong, so their editor can too', () => {
  const cases = [
    [
      'a misspelt field',
      (b) => {
        b.posts[0].titel = b.posts[0].title;
        delete b.posts[0].title;
      },
      /titel|title/,
    ],
    [
      'a date in another form',
      (b) => {
        b.posts[0].date = '4 August 2013';
      },
      /pattern/,
    ],
    [
      'a slug with capitals',
      (b) => {
        b.tags[0].slug = 'Solidarity Day';
      },
      /pattern/,
    ],
    [
      'another format version',
      (b) => {
        b.version = 2;
      },
      /maximum/,
    ],
    [
      'an unknown status',
      (b) => {
        b.actions[3].status = 'cancelled';
      },
      /enum|const|oneOf/,
    ],
    [
      'tags as text',
      (b) => {
        b.posts[1].tags = 'solidarity-day';
      },
      /type/,
    ],
  ];
  for (const [name, edit, expected] of cases) {
    const broken = structuredClone(bundle);
    edit(broken);
    assert.equal(validate(broken), false, name);
    assert.match(JSON.stringify(validate.errors), expected, name);
  }
});
