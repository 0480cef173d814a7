/**
 * An outlet's copy of a wire story: another headline, the outlet's boilerplate leaking into the
 * text (navigation, "Read more", newsletter, copyright), and the light edits copy desks make
 * (truncation, a sentence dropped, words swapped, paragraphs moved, a local intro).
 */
import type { Rng } from './random.js';
import type { BaseStory } from './story.js';
import { capitalise, fill } from './template.js';
import { CAPTIONS, HEADLINE_PREFIXES, LOCAL_INTROS, type Outlet, WORD_SWAPS } from './world.js';

/** What an outlet printed. */
export interface Copy {
  title: string;
  text: string;
  /** The agency the text still credits, if any (the truth for `originalSource`). */
  credit?: string;
}

/** How likely each edit is; tuned by eye so that most copies carry two or three changes. */
const EDITS = {
  truncate: 0.4,
  dropSentence: 0.35,
  swapWords: 0.5,
  reorder: 0.25,
  localIntro: 0.2,
  caption: 0.15,
  keepDateline: 0.55,
  creditLine: 0.65,
  keepTail: 0.6,
  nav: 0.7,
  readMore: 0.6,
  newsletter: 0.7,
  copyright: 0.9,
} as const;

/** Keeps the first paragraphs only: at least three, and at least 30% of the story. */
function truncate(paragraphs: string[], rng: Rng): string[] {
  const min = Math.min(paragraphs.length, Math.max(3, Math.ceil(paragraphs.length * 0.3)));
  return paragraphs.slice(0, rng.int(min, Math.max(min, paragraphs.length - 1)));
}

const SENTENCE_END = /(?<=[.!?"”])\s+(?=["“A-Z])/;

/** Drops one sentence from a paragraph after the lead (the whole paragraph if it had one). */
function dropSentence(paragraphs: string[], rng: Rng): string[] {
  if (paragraphs.length < 3) return paragraphs;
  const at = rng.int(1, paragraphs.length - 1);
  const sentences = paragraphs[at]!.split(SENTENCE_END);
  sentences.splice(rng.int(0, sentences.length - 1), 1);
  const out = [...paragraphs];
  if (sentences.length === 0) out.splice(at, 1);
  else out[at] = sentences.join(' ');
  return out;
}

/** House-style word swaps, one to three of them, as whole words everywhere. */
function swapWords(paragraphs: string[], rng: Rng): string[] {
  const swaps = rng.sample(WORD_SWAPS, rng.int(1, 3));
  return paragraphs.map((p) =>
    swaps.reduce((text, [from, to]) => text.replace(new RegExp(`\\b${from}\\b`, 'g'), to), p),
  );
}

/** Swaps two neighbouring paragraphs after the lead. */
function reorder(paragraphs: string[], rng: Rng): string[] {
  if (paragraphs.length < 4) return paragraphs;
  const at = rng.int(1, paragraphs.length - 2);
  const out = [...paragraphs];
  [out[at], out[at + 1]] = [out[at + 1]!, out[at]!];
  return out;
}

/** The edited body paragraphs, lead first, before credits and boilerplate. */
function editBody(story: BaseStory, rng: Rng): string[] {
  let body = [...story.paragraphs];
  if (rng.chance(EDITS.truncate)) body = truncate(body, rng);
  if (rng.chance(EDITS.dropSentence)) body = dropSentence(body, rng);
  if (rng.chance(EDITS.swapWords)) body = swapWords(body, rng);
  if (rng.chance(EDITS.reorder)) body = reorder(body, rng);
  return body;
}

/** Another headline for the same story, in the outlet's style. */
function headline(story: BaseStory, outlet: Outlet, rng: Rng): string {
  const title = capitalise(fill(rng.pick(story.topic.headlines), story.cast, rng));
  if (outlet.headline === 'prefix' && rng.chance(0.5)) return `${rng.pick(HEADLINE_PREFIXES)} ${title}`;
  if (outlet.headline === 'question' && rng.chance(0.4)) return `${title}: what we know`;
  return title;
}

/** Lines before and after the body, and the credit they carry. */
interface Framing {
  before: string[];
  after: string[];
  lead: string;
  credit?: string;
}

/** The dateline kept, or swapped for a credit line, or dropped; the agency's tail kept or not. */
function frameCredits(story: BaseStory, lead: string, truncated: boolean, rng: Rng): Framing {
  const framing: Framing = { before: [], after: [], lead };
  const name = story.agency.name;
  if (story.dateline !== undefined && rng.chance(EDITS.keepDateline)) {
    framing.lead = story.dateline + lead;
    if (name !== undefined) framing.credit = name;
  } else if (story.agency.credits.length > 0 && rng.chance(EDITS.creditLine)) {
    const line = rng.pick(story.agency.credits);
    (line.startsWith('By ') ? framing.before : framing.after).push(line);
    if (name !== undefined) framing.credit = name;
  }
  if (story.tail !== undefined && !truncated && rng.chance(EDITS.keepTail)) {
    framing.after.unshift(story.tail);
    if (name !== undefined) framing.credit = name;
  }
  return framing;
}

/** The outlet's boilerplate around and inside the body. */
function addBoilerplate(outlet: Outlet, body: string[], otherHeadline: string, rng: Rng): string[] {
  const out = [...body];
  if (outlet.readMore !== undefined && out.length > 3 && rng.chance(EDITS.readMore))
    out.splice(rng.int(2, 3), 0, outlet.readMore.replace('{headline}', otherHeadline));
  if (outlet.nav !== undefined && rng.chance(EDITS.nav)) out.unshift(outlet.nav);
  if (outlet.newsletter !== undefined && rng.chance(EDITS.newsletter)) out.push(outlet.newsletter);
  if (rng.chance(EDITS.copyright)) out.push(outlet.copyright);
  return out;
}

/** A photo caption after the lead, its credit naming some agency (a decoy for the credit rules). */
function addCaption(story: BaseStory, body: string[], rng: Rng): string[] {
  if (body.length < 2 || !rng.chance(EDITS.caption)) return body;
  const cast = new Map([...story.cast, ['photoAgency', rng.pick(['Reuters', 'AFP', 'dpa', 'EFE'])]]);
  return [body[0]!, fill(rng.pick(CAPTIONS), cast, rng), ...body.slice(1)];
}

/** Whether the text still names the agency in a quote cue ("told Reuters"). */
function toldCredit(story: BaseStory, text: string): string | undefined {
  const told = story.agency.told;
  return told !== undefined && text.includes(`told ${told}`) ? story.agency.name : undefined;
}

/** An outlet's copy of the story. `otherHeadline` is some other story's, for "Read more". */
export function republish(
  story: BaseStory,
  outlet: Outlet,
  rng: Rng,
  context: { otherHeadline: string; outletCity: string },
): Copy {
  const body = editBody(story, rng);
  const truncated = body.length < story.paragraphs.length;
  const framing = frameCredits(story, body[0]!, truncated, rng);
  const intro = rng.chance(EDITS.localIntro)
    ? [
        capitalise(
          fill(rng.pick(LOCAL_INTROS), new Map([...story.cast, ['outletCity', context.outletCity]]), rng),
        ),
      ]
    : [];
  const full = [
    ...framing.before,
    ...intro,
    ...addCaption(story, [framing.lead, ...body.slice(1)], rng),
    ...framing.after,
  ];
  const text = addBoilerplate(outlet, full, context.otherHeadline, rng).join('\n\n');
  const copy: Copy = { title: headline(story, outlet, rng), text };
  const credit = framing.credit ?? toldCredit(story, text);
  if (credit !== undefined) copy.credit = credit;
  return copy;
}

/** The agency's own copy: the story as written, dateline and tail included. */
export function original(story: BaseStory): Copy {
  const lead = (story.dateline ?? '') + story.paragraphs[0]!;
  const parts = [lead, ...story.paragraphs.slice(1), ...(story.tail === undefined ? [] : [story.tail])];
  const text = parts.join('\n\n');
  const copy: Copy = { title: story.headline, text };
  const credit =
    story.dateline !== undefined || story.tail !== undefined ? story.agency.name : toldCredit(story, text);
  if (credit !== undefined) copy.credit = credit;
  return copy;
}
