/**
 * JSON-LD: a lenient parser for what publishers actually ship (trailing commas, raw newlines
 * in strings, several objects in one script, HTML comment wrappers) and a reader that finds
 * the article node, following @graph and @id references, and lifts its fields.
 */
import { decodeHTML } from 'entities';
import { ARTICLE_TYPES, JSONLD_SKIP_KEYS, ORG_TYPES, PAGE_TYPES } from './rules.js';
import { collapse } from './text.js';

/** A name from a JSON-LD author, with whether schema.org typed it as an organisation. */
export interface LdAuthor {
  name: string;
  org: boolean;
}

/** The fields dateline reads from a page's JSON-LD. */
export interface JsonLdFacts {
  headline?: string;
  name?: string;
  authors: LdAuthor[];
  publisher?: string;
  siteName?: string;
  published?: string;
  modified?: string;
  /** Dates of a WebPage-type node: weaker than the article's own. */
  pagePublished?: string;
  pageModified?: string;
  description?: string;
  image?: { url: string; caption?: string };
  body?: string;
  lang?: string;
  url?: string;
}

type LdNode = Record<string, unknown>;

/** A node's property (a helper: JSON-LD keys are data, not a typed shape). */
function get(node: LdNode, key: string): unknown {
  return node[key];
}

// Bounds for hostile or huge JSON-LD: nodes visited and nesting followed.
const MAX_NODES = 2000;
const MAX_DEPTH = 12;

/** Parses every script's text leniently and reads the article's fields. */
export function readJsonLd(scripts: readonly string[]): JsonLdFacts {
  const nodes: LdNode[] = [];
  for (const script of scripts) for (const value of parseLenient(script)) collectNodes(value, nodes, 0);
  const byId = new Map<string, LdNode>();
  for (const node of nodes) {
    const id = get(node, '@id');
    // A bare reference ({"@id": …}) must not shadow the full node it points to.
    if (typeof id === 'string' && Object.keys(node).length > Object.keys(byId.get(id) ?? {}).length)
      byId.set(id, node);
  }
  const article = nodes.find(
    (n) => hasType(n, ARTICLE_TYPES) && (get(n, 'headline') ?? get(n, 'datePublished')),
  );
  const page = nodes.find((n) => hasType(n, PAGE_TYPES) && get(n, 'datePublished'));
  const site = nodes.find((n) => hasType(n, new Set(['website'])) && typeof get(n, 'name') === 'string');
  const facts: JsonLdFacts = { authors: article ? readAuthors(get(article, 'author'), byId) : [] };
  if (article) readArticle(article, byId, facts);
  if (page) {
    assign(facts, 'pagePublished', str(get(page, 'datePublished')));
    assign(facts, 'pageModified', str(get(page, 'dateModified')));
  }
  assign(facts, 'siteName', site ? str(get(site, 'name')) : undefined);
  return facts;
}

function readArticle(article: LdNode, byId: Map<string, LdNode>, facts: JsonLdFacts): void {
  assign(facts, 'headline', str(get(article, 'headline')));
  assign(facts, 'name', str(get(article, 'name')));
  assign(facts, 'publisher', nameOf(get(article, 'publisher'), byId));
  assign(facts, 'published', str(get(article, 'datePublished')) ?? str(get(article, 'dateCreated')));
  assign(facts, 'modified', str(get(article, 'dateModified')));
  assign(facts, 'description', str(get(article, 'description')));
  assign(facts, 'body', bodyText(get(article, 'articleBody') ?? get(article, 'text')));
  assign(facts, 'lang', str(get(article, 'inLanguage')));
  assign(facts, 'url', str(get(article, 'url')) ?? idOf(get(article, 'mainEntityOfPage')));
  const image = readImage(get(article, 'image'), byId);
  if (image) facts.image = image;
}

/** Parses JSON, repairing the usual faults; returns every top-level value it could read. */
export function parseLenient(text: string): unknown[] {
  const source = text.trim();
  try {
    return [JSON.parse(source)];
  } catch {
    const values: unknown[] = [];
    for (const chunk of repair(source)) {
      try {
        values.push(JSON.parse(chunk));
      } catch {
        // An unreadable chunk is skipped; the others may still carry the article.
      }
    }
    return values;
  }
}

/**
 * One pass over the text: escapes control characters inside strings, drops invalid escapes
 * and trailing commas, and cuts the text into top-level objects/arrays, skipping anything
 * between them (`<!--`, `//<![CDATA[`, `;`).
 */
function repair(text: string): string[] {
  const chunks: string[] = [];
  let out = '';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (inString) {
      if (ch === '\\') {
        const next = text[i + 1] ?? '';
        out += '"\\/bfnrtu'.includes(next) && next !== '' ? ch + next : next;
        i++;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else out += ch < ' ' ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch;
      continue;
    }
    if (depth === 0 && ch !== '{' && ch !== '[') continue;
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 64))) continue;
    out += ch;
    if (depth === 0) {
      chunks.push(out);
      out = '';
    }
  }
  return chunks;
}

/** Flattens arrays, @graph and nested objects into a list of typed nodes, in document order. */
function collectNodes(value: unknown, nodes: LdNode[], depth: number): void {
  if (depth > MAX_DEPTH || nodes.length >= MAX_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, nodes, depth + 1);
    return;
  }
  const node = value as LdNode;
  if (get(node, '@type') !== undefined || get(node, '@id') !== undefined) nodes.push(node);
  for (const [key, child] of Object.entries(node)) {
    if (!JSONLD_SKIP_KEYS.has(key) && typeof child === 'object') collectNodes(child, nodes, depth + 1);
  }
}

function hasType(node: LdNode, types: ReadonlySet<string>): boolean {
  const raw = get(node, '@type');
  const list = Array.isArray(raw) ? raw : [raw];
  // "NewsArticle", "schema:NewsArticle" and "http://schema.org/NewsArticle" are the same type.
  return list.some((t) => typeof t === 'string' && types.has(t.replace(/^.*[/:#]/, '').toLowerCase()));
}

function resolve(value: unknown, byId: Map<string, LdNode>): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as LdNode)['@id'];
    if (typeof id === 'string' && Object.keys(value).length <= 2) return byId.get(id) ?? value;
  }
  return value;
}

function readAuthors(value: unknown, byId: Map<string, LdNode>): LdAuthor[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const authors: LdAuthor[] = [];
  for (const item of list) {
    const node = resolve(item, byId);
    if (typeof node === 'string') authors.push({ name: clean(node), org: false });
    else if (node && typeof node === 'object' && !Array.isArray(node)) {
      const name = nameOf(node, byId);
      if (name) authors.push({ name, org: hasType(node as LdNode, ORG_TYPES) });
    }
  }
  return authors.filter((a) => a.name);
}

function nameOf(value: unknown, byId: Map<string, LdNode>): string | undefined {
  const node = resolve(Array.isArray(value) ? value[0] : value, byId);
  if (typeof node === 'string') return clean(node) || undefined;
  if (!node || typeof node !== 'object') return undefined;
  const n = node as LdNode;
  const given = [str(get(n, 'givenName')), str(get(n, 'familyName'))].filter(Boolean).join(' ');
  return str(get(n, 'name')) ?? (given || undefined);
}

function readImage(value: unknown, byId: Map<string, LdNode>): { url: string; caption?: string } | undefined {
  const node = resolve(Array.isArray(value) ? value[0] : value, byId);
  if (typeof node === 'string') return node.trim() ? { url: node.trim() } : undefined;
  if (!node || typeof node !== 'object') return undefined;
  const n = node as LdNode;
  const url = str(get(n, 'url')) ?? str(get(n, 'contentUrl'));
  if (!url) return undefined;
  const caption = str(get(n, 'caption')) ?? str(get(n, 'description'));
  return caption ? { url, caption } : { url };
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return str((value as LdNode)['@id']);
  return undefined;
}

/** A JSON-LD text value, decoded and collapsed; the first of a list; numbers as text. */
function str(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  return clean(v) || undefined;
}

function clean(text: string): string {
  return collapse(text.includes('&') ? decodeHTML(text) : text);
}

// Tags that end a paragraph when a body carries HTML.
const BLOCK_TAG = /<\/?(?:p|div|br|li|h[1-6]|blockquote|section|tr)\b[^>]*>/gi;

/** articleBody as plain text: entities decoded, tags stripped, paragraphs kept apart. */
function bodyText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = decodeHTML(value)
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

function assign<K extends keyof JsonLdFacts>(
  facts: JsonLdFacts,
  key: K,
  value: JsonLdFacts[K] | undefined,
): void {
  if (value !== undefined && facts[key] === undefined) facts[key] = value;
}
