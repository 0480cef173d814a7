/** Titles and anonymous-source cues: every example matches its rule, and the matching rules. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ANONYMOUS_CUES, anonymousAt, TITLES, titleAt } from '../../../src/analyze/gazetteer/index.js';
import { tokens } from './helpers.js';

/** The ids of every title found in a sentence, scanning left to right. */
function titlesIn(sentence: string): string[] {
  const words = tokens(sentence);
  const ids: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = titleAt(words, i);
    if (m !== undefined) ids.push(m.title.id);
  }
  return ids;
}

/** Whether `words` at `i` begin with one of the forms (without case). */
function startsWithForm(words: readonly string[], i: number, forms: readonly string[]): boolean {
  return forms.some((form) => {
    const f = tokens(form).map((w) => w.toLowerCase());
    return f.every((w, k) => words[i + k]?.toLowerCase() === w);
  });
}

test('every title and modifier matches in its own example', () => {
  for (const t of TITLES) {
    const words = tokens(t.example);
    let found = false;
    for (let i = 0; i < words.length && !found; i++) {
      const m = titleAt(words, i);
      if (m === undefined) continue;
      found =
        t.kind === 'modifier'
          ? startsWithForm(words, i, t.forms) && m.title.id !== t.id
          : m.title.id === t.id;
    }
    assert.ok(found, `${t.id}: ${t.example} (found ${titlesIn(t.example).join(', ')})`);
  }
});

test('every anonymous-source cue matches in its own example', () => {
  for (const cue of ANONYMOUS_CUES) {
    const words = tokens(cue.example);
    const ids = words.map((_, i) => anonymousAt(words, i)?.cue.id);
    assert.ok(ids.includes(cue.id), `${cue.id}: ${cue.example}`);
  }
});

test('titles match whatever their case, and the longest one wins', () => {
  const upper = titleAt(tokens('Foreign Minister Pavel Drozdov'), 0)!;
  const lower = titleAt(tokens('the foreign minister said'), 0)!;
  assert.equal(upper.role, 'foreign minister');
  assert.equal(upper.lead, 0);
  assert.equal(lower.role, 'foreign minister');
  assert.equal(lower.lead, 1);
  assert.equal(lower.length, 3);
  assert.equal(titleAt(tokens('Secretary of State Daniel Reyes'), 0)?.length, 3);
  assert.equal(titleAt(tokens('Vice President Tom Ardell'), 0)?.title.id, 'vice-president');
  assert.equal(titleAt(tokens('Prime Minister Ilse Varga'), 0)?.title.id, 'prime-minister');
});

test('military abbreviations match with and without their periods', () => {
  for (const s of ['Lt. Gen. Ana Moss', 'Lt Gen Ana Moss', 'Gen. Tomas Reyes', 'Gen Tomas Reyes']) {
    const m = titleAt(tokens(s), 0)!;
    assert.equal(m.title.sector, 'MIL', s);
    assert.equal(m.length, s.startsWith('Lt') ? 2 : 1, s);
  }
  assert.equal(titleAt(['Cdr', '.', 'Walsh'], 0)?.role, 'commander', 'a period split off by the tokenizer');
});

test('modifiers fold into the role after them', () => {
  const deputy = titleAt(tokens('Deputy Foreign Minister Olga Sirko'), 0)!;
  assert.equal(deputy.role, 'deputy foreign minister');
  assert.equal(deputy.title.id, 'foreign-minister');
  assert.equal(deputy.length, 3);
  const former = titleAt(tokens('former Deputy Prime Minister Ivo Kral'), 0)!;
  assert.equal(former.role, 'deputy prime minister');
  assert.equal(former.former, true);
  assert.equal(former.length, 4);
  assert.equal(titleAt(tokens('Acting President Mara Koss'), 0)?.role, 'acting president');
  assert.equal(titleAt(tokens('Deputy Mara Koss'), 0), undefined, 'a modifier alone is no title');
  assert.equal(titleAt(tokens('former Mr. Koss'), 0), undefined, 'honorifics take no modifier');
});

test('honorifics precede names and carry no role', () => {
  for (const s of ['Mr. Pell', 'Ms Okafor', 'Mrs. Varga', 'Dr. Anika Brandt']) {
    const m = titleAt(tokens(s), 0)!;
    assert.equal(m.title.kind, 'honorific', s);
    assert.equal(m.role, undefined, s);
    assert.equal(m.title.preName, true, s);
  }
});

test('role nouns of appositives are titles too, with their sectors', () => {
  const cases: [string, string, string | undefined][] = [
    ['the ministry spokeswoman said', 'spokesperson', undefined],
    ['a senior diplomat', 'diplomat', 'GOV'],
    ['an opposition lawmaker', 'lawmaker', 'LEG'],
    ['the rebel commander', 'rebel', 'REB'],
    ['the editor-in-chief', 'editor', 'MED'],
    ['its chief executive', 'chief executive', 'BUS'],
  ];
  for (const [sentence, role, sector] of cases) {
    const words = tokens(sentence);
    const m = words.map((_, i) => titleAt(words, i)).find((x) => x !== undefined);
    assert.equal(m?.role, role, sentence);
    assert.equal(m?.title.sector, sector, sentence);
  }
});

test('anonymous sources: heads, qualifiers and markers, longest first', () => {
  const words = tokens(
    'a senior U.S. administration official, who spoke on condition of anonymity, said people familiar with the matter agreed',
  );
  const found: string[] = [];
  for (let i = 0; i < words.length; ) {
    const m = anonymousAt(words, i);
    if (m === undefined) i++;
    else {
      found.push(`${m.cue.kind}:${m.cue.id}/${m.length}`);
      i += m.length;
    }
  }
  assert.deepEqual(found, [
    'qualifier:qualifier-rank/1',
    'qualifier:qualifier-government/1',
    'head:head-official/1',
    'marker:marker-anonymity/6',
    'head:head-person-familiar/3',
  ]);
  assert.deepEqual(anonymousAt(['officer'], 0)?.cue.sectors, ['MIL', 'COP']);
  assert.deepEqual(anonymousAt(['diplomat'], 0)?.cue.sectors, ['GOV']);
  assert.equal(anonymousAt(['Officials'], 0)?.cue.id, 'head-official', 'without case');
});
