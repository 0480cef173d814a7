/** The readable report of `dateline analyze --format text`: who is in the article, who said what, when. */
import type { Actor, Analysis, AnalysisInput, Quote, Span } from '../../analyze/types.js';

function words(text: string, spans: readonly Span[]): string {
  return spans.map(([start, end]) => text.slice(start, end).trim()).join(' … ');
}

function actorLine(actor: Actor): string {
  const facts = [
    actor.kind,
    actor.country,
    actor.sector,
    actor.role,
    actor.anonymous ? 'anonymous' : undefined,
  ];
  const mentions = actor.mentions.length === 1 ? '1 mention' : `${actor.mentions.length} mentions`;
  return `  ${actor.id}  ${actor.name} (${facts.filter(Boolean).join(', ')}) · ${mentions}`;
}

function quoteLine(text: string, quote: Quote, actors: ReadonlyMap<string, Actor>): string {
  const speaker = quote.speaker === undefined ? undefined : actors.get(quote.speaker);
  const who = speaker ? speaker.name : words(text, quote.source) || '(no source)';
  const said = words(text, quote.content);
  return `  ${who} [${words(text, quote.cue)}]: ${quote.direct ? said : `(reported) ${said}`}`;
}

/** The report: title and date, then actors, quotes and dates, each section only when found. */
export function analysisReport(input: AnalysisInput, analysis: Analysis): string {
  const { text } = input;
  const actors = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const lines: string[] = [];
  if (input.title) lines.push(input.title);
  if (input.published) lines.push(`published ${input.published}`);
  lines.push(`${analysis.sentences.length} sentences`, '');
  lines.push(`Actors (${analysis.actors.length})`, ...analysis.actors.map(actorLine), '');
  lines.push(
    `Quotes (${analysis.quotes.length})`,
    ...analysis.quotes.map((q) => quoteLine(text, q, actors)),
    '',
  );
  lines.push(
    `Dates (${analysis.times.length})`,
    ...analysis.times.map((t) => `  ${text.slice(t.span[0], t.span[1])} → ${t.value}`),
  );
  return `${lines.join('\n')}\n`;
}
