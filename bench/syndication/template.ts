/**
 * A tiny template language for the synthetic stories. `[a|b|c]` picks one alternative each time
 * it is filled (alternatives may nest); `{name}` is a slot of the story's cast, fixed for the
 * whole story so that every copy and every sentence agrees on names and figures; `{#2-9}` is a
 * fresh integer.
 */
import type { Rng } from './random.js';

/** The innermost alternation: no brackets inside. */
const ALTERNATION = /\[([^[\]]*)\]/;
const SLOT = /\{([#\w.-]+)\}/g;
const RANGE = /^#(\d+)-(\d+)$/;

/** Slot values of one story. */
export type Cast = ReadonlyMap<string, string>;

function chooseAlternatives(template: string, rng: Rng): string {
  let out = template;
  for (let m = ALTERNATION.exec(out); m !== null; m = ALTERNATION.exec(out))
    out = out.slice(0, m.index) + rng.pick(m[1]!.split('|')) + out.slice(m.index + m[0].length);
  return out;
}

function fillSlot(name: string, cast: Cast, rng: Rng): string {
  const range = RANGE.exec(name);
  if (range !== null) return String(rng.int(Number(range[1]), Number(range[2])));
  const value = cast.get(name);
  if (value === undefined) throw new Error(`template slot {${name}} is not in the cast`);
  return value;
}

/** Fills a template: alternatives first, then slots; a value may not hold further slots. */
export function fill(template: string, cast: Cast, rng: Rng): string {
  return chooseAlternatives(template, rng)
    .replace(SLOT, (_, name: string) => fillSlot(name, cast, rng))
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Upper-cases the first letter (a sentence that starts with a slot or an alternative). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
