/**
 * The synthetic syndication set: base wire stories on a handful of topics, each republished by
 * two to six outlets, mixed with follow-ups (same names and places, new text) and one-outlet
 * stories on the same topics. Seeded: one seed, one set, on every machine.
 */
import { Rng } from './random.js';
import { original, republish } from './republish.js';
import { type BaseStory, composeStory } from './story.js';
import { TOPICS } from './topics.js';
import { COUNTRIES, OUTLETS, WIRE_AGENCIES } from './world.js';

/** One article of the set, as ingest would see it. */
export interface SyndicatedArticle {
  id: string;
  text: string;
  title: string;
  site: string;
  /** ISO 8601 date-time; the set is ordered by it. */
  published: string;
}

/** The set, the true grouping (article id -> story id) and the agency each text credits. */
export interface SyndicationSet {
  articles: SyndicatedArticle[];
  truth: Map<string, string>;
  /** The agency each article's text still credits; absent when it credits none. */
  credits: Map<string, string>;
}

/** The shape of a set; the defaults are the benchmark's. */
export interface SetOptions {
  /** Base stories republished by several outlets. @default 150 */
  stories?: number;
  /** Stories that only one outlet carries. @default 40 */
  singles?: number;
  /** Share of base stories that follow up an earlier one on the same topic. @default 0.2 */
  followUps?: number;
}

const START = Date.UTC(2025, 2, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Draft {
  story: number;
  site: string;
  at: number;
  title: string;
  text: string;
  credit?: string;
}

/** A story, a follow-up of an earlier one on the same topic now and then, and its time. */
function planStories(count: number, followUps: number, rng: Rng): { story: BaseStory; at: number }[] {
  const planned: { story: BaseStory; at: number }[] = [];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const agency = rng.pick(WIRE_AGENCIES);
    const earlier = planned.filter((p) => p.story.topic === topic);
    const base = earlier.length > 0 && rng.chance(followUps) ? rng.pick(earlier) : undefined;
    const story = composeStory(topic, agency, rng, base?.story.cast);
    const at = base === undefined ? START + rng.next() * 14 * DAY : base.at + rng.int(6, 72) * HOUR;
    planned.push({ story, at });
  }
  return planned;
}

/** Every outlet copy of one story, the agency's own first when it is in the set. */
function copiesOf(
  index: number,
  planned: { story: BaseStory; at: number },
  many: boolean,
  headlines: string[],
  rng: Rng,
): Draft[] {
  const { story, at } = planned;
  const drafts: Draft[] = [];
  const withOriginal = many && rng.chance(0.7);
  if (withOriginal) {
    const site = `${(story.agency.name ?? 'newsdesk').toLowerCase()}.wire.example`;
    drafts.push({ story: index, site, at, ...original(story) });
  }
  const outlets = rng.sample(OUTLETS, many ? rng.int(2, 6) - (withOriginal ? 1 : 0) : 1);
  for (const outlet of outlets) {
    const context = { otherHeadline: rng.pick(headlines), outletCity: rng.pick(rng.pick(COUNTRIES).cities) };
    const delay = withOriginal || drafts.length > 0 ? rng.int(5, 12 * 60) * 60_000 : 0;
    drafts.push({
      story: index,
      site: outlet.site,
      at: at + delay,
      ...republish(story, outlet, rng, context),
    });
  }
  return drafts;
}

/** Orders drafts by time (then story, then site) and gives them ids in that order. */
function finish(drafts: Draft[]): SyndicationSet {
  drafts.sort((a, b) => a.at - b.at || a.story - b.story || (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
  const set: SyndicationSet = { articles: [], truth: new Map(), credits: new Map() };
  drafts.forEach((d, i) => {
    const id = `a${String(i + 1).padStart(4, '0')}`;
    set.articles.push({
      id,
      text: d.text,
      title: d.title,
      site: d.site,
      published: new Date(d.at).toISOString(),
    });
    set.truth.set(id, `s${String(d.story).padStart(3, '0')}`);
    if (d.credit !== undefined) set.credits.set(id, d.credit);
  });
  return set;
}

/**
 * Generates the set for a seed. Articles come in publication order, as an incremental ingest
 * would see them; `truth` maps each to its story, `credits` to the agency its text credits.
 */
export function syndicationSet(seed = 1, options: SetOptions = {}): SyndicationSet {
  const rng = new Rng(seed);
  const { stories = 150, singles = 40, followUps = 0.2 } = options;
  const planned = planStories(stories + singles, followUps, rng);
  const headlines = planned.map((p) => p.story.headline);
  const drafts = planned.flatMap((p, i) => copiesOf(i, p, i < stories, headlines, rng));
  return finish(drafts);
}
