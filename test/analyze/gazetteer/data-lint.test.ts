/** The other gazetteer tables are linted here: ids, codes, sectors, references and flags. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { allEntries } from '../../../src/analyze/gazetteer/entries.js';
import {
  ANONYMOUS_CUES,
  ARMED_GROUPS,
  COUNTRIES,
  IGOS,
  METONYMS,
  ORGANIZATIONS,
  PLACES,
  STATE_BODIES,
  TITLES,
} from '../../../src/analyze/gazetteer/index.js';
import { ambiguousEntries, conflicting, entityIndex } from '../../../src/analyze/gazetteer/lookup.js';
import { phrases } from '../../../src/analyze/gazetteer/trie.js';
import { duplicates, SECTORS } from './helpers.js';

const countryCodes = new Set(COUNTRIES.map((c) => c.id));
const igoCodes = new Set(IGOS.map((g) => g.id));
const knownCode = (code: string): boolean => countryCodes.has(code) || igoCodes.has(code);
const sectors = new Set<string>(SECTORS);
const ORGS = [...STATE_BODIES, ...ORGANIZATIONS, ...ARMED_GROUPS];

test('record ids are unique per table, organisation ids across their three tables', () => {
  for (const [table, ids] of [
    ['places', PLACES.map((p) => p.id)],
    ['metonyms', METONYMS.map((m) => m.id)],
    ['igos', IGOS.map((g) => g.id)],
    ['organisations', ORGS.map((o) => o.id)],
    ['titles', TITLES.map((t) => t.id)],
    ['anonymous', ANONYMOUS_CUES.map((c) => c.id)],
  ] as const) {
    assert.deepEqual(duplicates(ids), [], table);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$|^[A-Z0-9]+$/, `${table}: ${id}`);
  }
  assert.deepEqual(duplicates(allEntries().map((e) => e.entry.id)), []);
});

test('IGO codes are upper-case letters and digits, unique, and parents are IGOs', () => {
  for (const g of IGOS) {
    assert.match(g.id, /^[A-Z][A-Z0-9]{1,9}$/, g.id);
    if (g.parent !== undefined) assert.ok(igoCodes.has(g.parent), `${g.id} parent ${g.parent}`);
  }
  for (const code of ['UN', 'EU', 'NATO', 'AU', 'ASEAN', 'OPEC', 'IMF', 'WB', 'WTO', 'WHO', 'IAEA', 'ICC'])
    assert.ok(igoCodes.has(code), code);
  for (const code of [
    'OSCE',
    'GCC',
    'ARL',
    'OAS',
    'SCO',
    'BRICS',
    'G7',
    'G20',
    'ECOWAS',
    'UNSC',
    'UNHCR',
    'UNICEF',
  ])
    assert.ok(igoCodes.has(code), code);
});

test('every sector is a Sector code and every country a known code', () => {
  const records = [...METONYMS, ...IGOS, ...ORGS];
  for (const r of records) assert.ok(sectors.has(r.sector), `${r.id}: ${r.sector}`);
  for (const o of ORGS) for (const era of o.eras ?? []) assert.ok(sectors.has(era.sector), o.id);
  for (const r of [...METONYMS, ...PLACES, ...ORGS]) {
    if (r.country !== undefined) assert.ok(knownCode(r.country), `${r.id}: ${r.country}`);
  }
  for (const t of TITLES) if (t.sector !== undefined) assert.ok(sectors.has(t.sector), t.id);
  for (const c of ANONYMOUS_CUES) for (const s of c.sectors) assert.ok(sectors.has(s), c.id);
});

test('eras run in order, without gaps between closed ones, and end in the current sector', () => {
  for (const o of ORGS) {
    const eras = o.eras ?? [];
    if (eras.length === 0) continue;
    for (let k = 1; k < eras.length; k++) assert.equal(eras[k]!.from, eras[k - 1]!.to, `${o.id} era ${k}`);
    assert.equal(eras.at(-1)!.to, undefined, o.id);
    assert.equal(eras.at(-1)!.sector, o.sector, o.id);
  }
});

test('flagged-ambiguous names are the record’s own names', () => {
  for (const r of [...PLACES, ...METONYMS, ...IGOS, ...ORGS]) {
    const own = new Set([r.name, ...(r.names ?? [])]);
    for (const name of r.ambiguous ?? []) assert.ok(own.has(name), `${r.id}: "${name}"`);
    assert.deepEqual(duplicates([r.name, ...(r.names ?? [])]), [], r.id);
  }
});

test('a phrase that names different things is flagged ambiguous on every entry', () => {
  const problems: string[] = [];
  for (const [keys, entries] of phrases(entityIndex().phrases)) {
    const conflict = entries.some((a, i) => entries.slice(i + 1).some((b) => conflicting(a, b)));
    if (conflict && entries.some((e) => !e.ambiguous))
      problems.push(`"${keys.join(' ')}": ${entries.map((e) => e.id).join(', ')}`);
  }
  assert.deepEqual(problems, []);
  assert.equal(ambiguousEntries([]), false);
});

test('titles: forms unique without case, kinds carry what they need', () => {
  const forms = TITLES.flatMap((t) => [...new Set(t.forms.map((f) => f.toLowerCase()))]);
  assert.deepEqual(duplicates(forms), []);
  for (const t of TITLES) {
    if (t.kind === 'title') assert.ok(t.role !== undefined && t.role === t.role.toLowerCase(), t.id);
    if (t.kind === 'honorific') assert.ok(t.role === undefined && t.sector === undefined && t.preName, t.id);
    if (t.kind === 'modifier') assert.ok((t.prefix !== undefined) !== (t.former === true), t.id);
  }
});

test('anonymous cues: forms unique without case, and every kind present', () => {
  const forms = ANONYMOUS_CUES.flatMap((c) => c.forms.map((f) => f.toLowerCase()));
  assert.deepEqual(duplicates(forms), []);
  const kinds = new Set(ANONYMOUS_CUES.map((c) => c.kind));
  assert.deepEqual([...kinds].sort(), ['head', 'marker', 'qualifier']);
});
