/** Phrase lookup on synthetic news sentences: longest match, case, "the", ambiguity, codes. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import {
  countryByCode,
  demonym,
  entryById,
  igoByCode,
  METONYMS,
  matchPhrase,
  titleAt,
} from '../../../src/analyze/gazetteer/index.js';
import { tokens } from './helpers.js';

/** Every match in a sentence, left to right, skipping what a match consumed: "phrase=id|id". */
function scan(sentence: string): string[] {
  const words = tokens(sentence);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const m = matchPhrase(words, i);
    if (m === undefined) {
      i++;
      continue;
    }
    const phrase = words.slice(i + m.lead, i + m.length).join(' ');
    out.push(`${phrase}=${m.entries.map((e) => e.id).join('|')}${m.ambiguous ? '?' : ''}`);
    i += m.length;
  }
  return out;
}

test('a capital or country name used as the state resolves to the state', () => {
  assert.deepEqual(scan("Moscow suspects Washington's ulterior motive."), [
    'Moscow=capital:RUS:moscow',
    'Washington=capital:USA:washington?',
  ]);
  const moscow = matchPhrase(['Moscow'], 0)!;
  assert.equal(moscow.entries[0]?.country, 'RUS');
  assert.equal(moscow.entries[0]?.type, 'capital');
});

test('"the Kremlin" skips the article; government metonyms carry country and sector', () => {
  const m = matchPhrase(tokens('the Kremlin said'), 0)!;
  assert.equal(m.lead, 1);
  assert.equal(m.length, 2);
  assert.deepEqual(
    m.entries.map((e) => [e.id, e.country, e.sector]),
    [['metonym:kremlin', 'RUS', 'GOV']],
  );
  assert.equal(matchPhrase(tokens('The Pentagon said'), 0)?.entries[0]?.sector, 'MIL');
  assert.equal(matchPhrase(tokens('the White House'), 0)?.entries[0]?.country, 'USA');
  assert.equal(matchPhrase(['the', 'weather'], 0), undefined);
});

test('every metonym example names its metonym', () => {
  for (const m of METONYMS) {
    assert.ok(
      scan(m.example).some((hit) => hit.includes(`metonym:${m.id}`)),
      `${m.id}: ${m.example}`,
    );
  }
});

test('"U.S." is one word and both the country and its adjective; "us" is nothing', () => {
  const m = matchPhrase(tokens('U.S. officials said'), 0)!;
  assert.equal(m.length, 1);
  assert.deepEqual(m.entries.map((e) => e.id).sort(), ['country:USA', 'demonym:USA']);
  assert.equal(m.ambiguous, false, 'name and adjective of one country do not conflict');
  assert.equal(matchPhrase(['us'], 0), undefined);
  assert.equal(matchPhrase(['US'], 0)?.entries[0]?.country, 'USA');
  assert.deepEqual(scan('Officials in the U.S. Senate and the US Congress objected.'), [
    'U.S. Senate=org:us-senate',
    'US Congress=org:us-congress',
  ]);
});

test('demonyms attach the country', () => {
  assert.deepEqual(scan('Russian arms reached Syrian rebels, British officials said.'), [
    'Russian=demonym:RUS',
    'Syrian=demonym:SYR',
    'British=demonym:GBR',
  ]);
  assert.equal(demonym('Russian'), 'RUS');
  assert.equal(demonym('Russians'), 'RUS');
  assert.equal(demonym('Briton'), 'GBR');
  assert.equal(demonym('U.S.'), 'USA');
  assert.equal(demonym('Americans'), 'USA');
  assert.equal(demonym('South Korean'), 'KOR');
  assert.equal(demonym('Ivorian'), 'CIV');
  assert.equal(demonym('Congolese'), undefined, 'two Congos');
  assert.equal(demonym('russian'), undefined, 'case-sensitive');
  assert.equal(demonym('Martian'), undefined);
});

test('longest match wins: the whole name, not the country inside it', () => {
  assert.deepEqual(scan('Ships crossed the South China Sea toward the Korean Peninsula.'), [
    'South China Sea=place:south-china-sea',
    'Korean Peninsula=place:korean-peninsula',
  ]);
  assert.deepEqual(scan("Delegates of the People's Republic of China met the Republic of China team."), [
    "People 's Republic of China=country:CHN",
    'Republic of China=country:TWN',
  ]);
  assert.deepEqual(scan('Fighters of the Islamic State group and Islamic State Khorasan'), [
    'Islamic State group=group:islamic-state',
    'Islamic State Khorasan=group:isis-k',
  ]);
  assert.deepEqual(scan('the New York Times reported'), ['New York Times=org:nyt']);
});

test('"Foreign Minister Sergei Lavrov" is a title, then a person', () => {
  const words = tokens('Russian Foreign Minister Sergei Lavrov said on Friday');
  assert.equal(matchPhrase(words, 0)?.entries[0]?.id, 'demonym:RUS');
  const title = titleAt(words, 1)!;
  assert.equal(title.length, 2);
  assert.equal(title.role, 'foreign minister');
  const person = matchPhrase(words, 1 + title.length)!;
  assert.equal(person.length, 2);
  assert.equal(person.entries[0]?.id, 'person:sergei-lavrov');
  assert.equal(matchPhrase(words, 1), undefined, 'a title is not an entity');
});

test('ambiguous names are flagged: by the data, or because they name several things', () => {
  for (const word of ['Georgia', 'Jordan', 'Chad', 'Guinea', 'Niger', 'Washington', 'Kingston']) {
    assert.equal(matchPhrase([word], 0)?.ambiguous, true, word);
  }
  for (const word of ['Russia', 'France', 'Moscow', 'Kremlin', 'Hamas', 'Turkey', 'Reuters', 'Congo']) {
    assert.equal(matchPhrase([word], 0)?.ambiguous, false, word);
  }
  // Wire style: "Congo" alone is the Democratic Republic (and no one's name); the other is "Republic of Congo".
  const congo = matchPhrase(['Congo'], 0)!;
  assert.deepEqual(congo.entries.map((e) => e.id).sort(), ['country:COD']);
  assert.equal(matchPhrase(tokens('Republic of Georgia'), 0)?.ambiguous, false);
  assert.equal(matchPhrase(tokens('Democratic Republic of Congo'), 0)?.entries.length, 1);
});

test('diacritics, curly apostrophes and "St." spellings fold to the same entry', () => {
  for (const s of ['Élysée', 'Elysee', 'Elysée'])
    assert.equal(matchPhrase([s], 0)?.entries[0]?.id, 'metonym:elysee', s);
  for (const s of ["Côte d'Ivoire", 'Cote d’Ivoire']) {
    assert.equal(matchPhrase(tokens(s), 0)?.entries[0]?.id, 'country:CIV', s);
  }
  for (const s of ['Saint Lucia', 'St. Lucia', 'St Lucia']) {
    assert.equal(matchPhrase(tokens(s), 0)?.entries[0]?.id, 'country:LCA', s);
  }
  assert.equal(matchPhrase(['Türkiye'], 0)?.entries[0]?.id, 'country:TUR');
  assert.equal(matchPhrase(['Turkiye'], 0)?.entries[0]?.id, 'country:TUR');
});

test('a lower-case particle name also matches capitalised at a sentence start', () => {
  assert.equal(matchPhrase(['al-Qaeda'], 0)?.entries[0]?.id, 'group:al-qaeda');
  assert.equal(matchPhrase(['Al-Qaeda'], 0)?.entries[0]?.id, 'group:al-qaeda');
  assert.equal(matchPhrase(['AL-QAEDA'], 0), undefined, 'all caps is not folded');
});

test('possessives and punctuation end a phrase without breaking it', () => {
  assert.deepEqual(scan('Hezbollah’s fighters and NATO’s allies, Reuters reported.'), [
    'Hezbollah=group:hezbollah',
    'NATO=igo:NATO',
    'Reuters=org:reuters',
  ]);
  assert.deepEqual(scan('A UN agency (UNHCR) said.'), ['UN=igo:UN', 'UNHCR=igo:UNHCR']);
});

test('IGOs carry their code as country; the ICC is judicial', () => {
  assert.deepEqual(
    matchPhrase(tokens('International Criminal Court'), 0)?.entries.map((e) => [e.country, e.sector]),
    [['ICC', 'JUD']],
  );
  assert.equal(matchPhrase(['Daesh'], 0)?.entries[0]?.sector, 'REB');
  assert.equal(igoByCode('ARL')?.name, 'Arab League');
  assert.equal(igoByCode('UNHCR')?.parent, 'UN');
  assert.equal(igoByCode('XYZ'), undefined);
});

test('codes and ids look up their records', () => {
  assert.equal(countryByCode('RUS')?.name, 'Russia');
  assert.equal(countryByCode('XKX')?.name, 'Kosovo');
  assert.equal(countryByCode('rus'), undefined);
  assert.equal(entryById('country:FRA')?.name, 'France');
  assert.equal(entryById('nothing'), undefined);
});
