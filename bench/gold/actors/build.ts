/**
 * Turns the hand-annotated sources in `source/` into `articles/<id>.json` (offsets computed here,
 * never by hand), then lints the result. Run after editing a source:
 *   npx tsx bench/gold/actors/build.ts            rebuild every article
 *   npx tsx bench/gold/actors/build.ts --check    exit 1 when an article differs from its source
 * A source is a header (`title:`, `published:`), `---`, the text with each mention marked
 * `[mention text|actor key]`, then `--- actors` and one actor a line:
 * `key | kind | country | sector | anonymous (yes/no) | name | role | affiliation`, `-` for none.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorKind, Sector } from '../../../src/analyze/types.js';
import { type GoldActor, type GoldArticle, goldCounts, validateActorGold } from './gold.js';

const DIR = fileURLToPath(new URL('./', import.meta.url));
const MARK = /\[([^\]|]+)\|([a-z0-9-]+)\]/g;
const orNull = (cell: string | undefined): string | null =>
  cell === undefined || cell === '-' ? null : cell;

/** One row of the actor table. */
function parseActorRow(line: string, where: string): GoldActor {
  const cells = line.split('|').map((c) => c.trim());
  if (cells.length !== 8) throw new Error(`${where}: an actor row needs 8 cells: ${line}`);
  const [id, kind, country, sector, anon, name, role, affiliation] = cells as [string, ...string[]];
  if (anon !== 'yes' && anon !== 'no') throw new Error(`${where}: anonymous must be yes or no: ${line}`);
  return {
    id,
    name: name ?? '',
    kind: kind as ActorKind,
    country: orNull(country),
    sector: orNull(sector) as Sector | null,
    role: orNull(role),
    affiliation: orNull(affiliation),
    anonymous: anon === 'yes',
    mentions: [],
  };
}

/** Parses one source file into an article; throws on markup that does not add up. */
export function parseSource(id: string, source: string): GoldArticle {
  const [head = '', rest = ''] = source.split(/^---$/m);
  const [marked = '', table = ''] = rest.split(/^--- actors$/m);
  const field = (name: string): string => new RegExp(`^${name}: (.+)$`, 'm').exec(head)?.[1]?.trim() ?? '';
  const actors = table
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => parseActorRow(line, id));
  const byKey = new Map(actors.map((a) => [a.id, a]));
  const body = marked.trim();
  let text = '';
  let last = 0;
  for (const m of body.matchAll(MARK)) {
    const [whole, mention = '', key = ''] = m;
    text += body.slice(last, m.index);
    const actor = byKey.get(key);
    if (!actor) throw new Error(`${id}: mention "${mention}" names no actor row "${key}"`);
    actor.mentions.push({ text: mention, start: text.length });
    text += mention;
    last = m.index + whole.length;
  }
  text += body.slice(last);
  if (/[[\]|]/.test(text))
    throw new Error(`${id}: unbalanced markup near "${/.{0,30}[[\]|].{0,30}/.exec(text)?.[0]}"`);
  const first = (a: GoldActor): number => a.mentions[0]?.start ?? Number.POSITIVE_INFINITY;
  actors.sort((a, b) => first(a) - first(b));
  return { id, title: field('title'), published: field('published'), text, actors };
}

/** JSON with one mention a line, so that a diff of the gold reads well. */
export function formatArticle(article: GoldArticle): string {
  const json = JSON.stringify(article, null, 2);
  return `${json.replace(/\{\n\s+"text": ("(?:[^"\\]|\\.)*"),\n\s+"start": (\d+)\n\s+\}/g, '{ "text": $1, "start": $2 }')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const sources = readdirSync(join(DIR, 'source'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const articles = sources.map((f) =>
    parseSource(basename(f, '.txt'), readFileSync(join(DIR, 'source', f), 'utf8')),
  );
  const problems = validateActorGold(articles);
  for (const article of articles) {
    const words = article.text.split(/\s+/).filter(Boolean).length;
    if (words < 300 || words > 700) problems.push(`${article.id}: ${words} words, outside 300-700`);
    const unused = article.actors.filter((a) => a.mentions.length === 0).map((a) => a.id);
    if (unused.length > 0) problems.push(`${article.id}: actor rows without mentions: ${unused}`);
    const file = join(DIR, 'articles', `${article.id}.json`);
    const json = formatArticle(article);
    if (!check) writeFileSync(file, json);
    else if (!existsSync(file) || readFileSync(file, 'utf8') !== json)
      problems.push(`${article.id}: articles/ differs from source/`);
  }
  for (const line of goldCounts(articles)) console.log(line);
  for (const problem of problems) console.error(problem);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
