/** What `search` and `stories` do: read the corpus and print it. */
import { existsSync } from 'node:fs';
import { openStore } from '../../corpus/index.js';
import type { QuoteHit, QuoteQuery, SearchHit, SearchQuery, Story } from '../../corpus/types.js';
import { CliError, EXIT_OK } from '../errors.js';
import { writeOut } from '../output.js';
import type { QuotesCommandOptions } from './quotes.js';
import type { SearchCommandOptions } from './search.js';
import type { StoriesCommandOptions } from './stories.js';

export function openExisting(db: string): ReturnType<typeof openStore> {
  if (!existsSync(db))
    throw new CliError(`${db}: no such database (create one with: dateline ingest <sources> --db ${db})`);
  return openStore(db, { readonly: true });
}

function hitText(hit: SearchHit): string {
  const meta = [hit.published?.slice(0, 10), hit.siteName].filter(Boolean).join(' · ');
  return `${hit.title || '(untitled)'}\n  ${hit.url}\n  ${meta ? `${meta}\n  ` : ''}${hit.snippet}\n`;
}

export async function runSearch(text: string, options: SearchCommandOptions): Promise<number> {
  const store = openExisting(options.db);
  try {
    const query: SearchQuery = { text, limit: options.limit };
    for (const key of ['since', 'until', 'site', 'lang', 'author'] as const) {
      const value = options[key];
      if (value !== undefined) query[key] = value;
    }
    const hits = store.search(query);
    if (options.format === 'json') await writeOut(`${JSON.stringify(hits, null, 2)}\n`);
    else await writeOut(hits.length === 0 ? 'no articles match\n' : hits.map(hitText).join('\n'));
  } finally {
    store.close();
  }
  return EXIT_OK;
}

function storyText(story: Story): string {
  const source = story.originalSource ? ` · original source: ${story.originalSource}` : '';
  const members = story.members.map((m) => {
    const first = m.articleId === story.earliestArticleId ? ' (earliest)' : '';
    return `  - ${m.published?.slice(0, 10) ?? '          '} ${m.siteName ?? ''} ${m.url}${first}`;
  });
  return `${story.title} — ${story.members.length} articles${source}\n${members.join('\n')}\n`;
}

export async function runStories(options: StoriesCommandOptions): Promise<number> {
  const store = openExisting(options.db);
  try {
    const stories = store.stories({ minMembers: options.minMembers, limit: options.limit });
    if (options.format === 'json') await writeOut(`${JSON.stringify(stories, null, 2)}\n`);
    else await writeOut(stories.length === 0 ? 'no stories yet\n' : stories.map(storyText).join('\n'));
  } finally {
    store.close();
  }
  return EXIT_OK;
}

function quoteText(hit: QuoteHit): string {
  const who = hit.speakerCountry ? `${hit.speaker} (${hit.speakerCountry})` : hit.speaker;
  // Direct quotes carry their own quotation marks; reported speech is marked as such.
  const said = hit.direct ? hit.content : `(reported) ${hit.content}`;
  const meta = [hit.published?.slice(0, 10), hit.title].filter(Boolean).join(' · ');
  return `${who || '(unnamed)'} ${hit.cue}: ${said}\n  ${meta}\n  ${hit.url}\n`;
}

export async function runQuotes(words: string | undefined, options: QuotesCommandOptions): Promise<number> {
  const store = openExisting(options.db);
  try {
    const query: QuoteQuery = { limit: options.limit };
    if (words !== undefined) query.text = words;
    for (const key of ['speaker', 'since', 'until'] as const) {
      const value = options[key];
      if (value !== undefined) query[key] = value;
    }
    const hits = store.searchQuotes(query);
    if (options.format === 'json') await writeOut(`${JSON.stringify(hits, null, 2)}\n`);
    else await writeOut(hits.length === 0 ? 'no quotes match\n' : hits.map(quoteText).join('\n'));
  } finally {
    store.close();
  }
  return EXIT_OK;
}
