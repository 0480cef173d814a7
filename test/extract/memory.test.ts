/**
 * Memory: a 20 MB page is extracted in a child process whose peak RSS must stay under
 * MAX_PEAK_RSS_MB, and a 60 MB page is refused with ExtractError 'too-large'.
 *
 * The child is this file run again with DATELINE_MEMORY_CHILD set: it builds the page, extracts
 * it, and prints one JSON line ({ peakRssMb, textLength, ... }) instead of registering tests.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ExtractError, extract, MAX_PAGE_BYTES } from '../../src/extract/index.js';

const { DATELINE_MEMORY_CHILD } = process.env;
const PAGE_MB = 20;
const MAX_PEAK_RSS_MB = 400;
/** A sentence of the article, looked for in the extracted text. */
const MARKER = 'The harbour council of Vellmar voted on Tuesday to close the old quay';

/**
 * A news site's chrome between sections: navigation, share buttons, an ad and related links,
 * with the long class lists and inline state scripts that make up much of a real page's bytes.
 * The page has about 13 tags per KB: the 90th percentile of the ScrapingHub pages (median 6.6).
 */
function junk(i: number): string {
  const cls = 'class="nav-item nav-item--primary js-track-click u-hide-on-mobile" data-track="nav"';
  const links = Array.from(
    { length: 12 },
    (_, k) => `<li ${cls}><a href="/section/${i}/${k}">Section ${k}</a></li>`,
  );
  const state = JSON.stringify(
    Array.from({ length: 30 }, (_, k) => ({ id: `story-${i}-${k}`, headline: `Story ${k}`, views: k * 97 })),
  );
  return (
    `<nav class="site-nav"><ul>${links.join('')}</ul></nav>` +
    '<div class="share"><a href="#">Share</a><a href="#">Tweet</a><a href="#">Email</a></div>' +
    `<div class="ad-slot" id="ad-${i}">Advertisement</div>` +
    `<aside class="related"><h3>Related</h3><ul>${links.slice(0, 6).join('')}</ul></aside>` +
    `<script>window.__STATE_${i}__ = ${state};</script>` +
    `<style>.ad-slot-${i} { min-height: 250px; margin: 0 auto; background: #f4f4f4; }</style>`
  );
}

/** One section of the article: a heading, paragraphs and a table. */
function section(i: number): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, k) =>
      `<p>${MARKER}, section ${i}, paragraph ${k}. Officials said the decision followed months of ` +
      'talks with fishing crews, who warned that repairs to the sea wall would cost more than the town ' +
      'could pay, and that the insurers had already refused to cover the quay after the winter storms. ' +
      `“We had no other choice,” said Mara Olsen, the council’s chair, adding that a vote on the budget would follow.</p>`,
  );
  const rows = Array.from(
    { length: 6 },
    (_, r) =>
      `<tr><td>Ward ${r}</td><td>${r * 37}</td><td>${r * 11}</td><td>${(r * 1.7).toFixed(1)}%</td></tr>`,
  );
  return (
    `<h2>Part ${i}</h2>${paragraphs.join('')}` +
    `<table><thead><tr><th>Ward</th><th>For</th><th>Against</th><th>Turnout</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/**
 * A synthetic page of at least `mb` megabytes, as UTF-8 bytes. A unit of 100 sections is encoded
 * once and copied into one buffer, so that building the page costs the child little memory.
 */
function bigPage(mb: number): Uint8Array {
  const encoder = new TextEncoder();
  const head = encoder.encode(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour vote | Vellmar Post</title></head><body>' +
      `${junk(0)}<article><h1>Harbour council votes to close the old quay</h1>`,
  );
  const tail = encoder.encode('</article><footer>© Vellmar Post</footer></body></html>');
  const unit = encoder.encode(
    Array.from({ length: 100 }, (_, i) => section(i) + (i % 2 === 0 ? junk(i) : '')).join(''),
  );
  const copies = Math.ceil((mb * 1024 * 1024) / unit.byteLength);
  const page = new Uint8Array(head.byteLength + copies * unit.byteLength + tail.byteLength);
  page.set(head, 0);
  for (let i = 0; i < copies; i++) page.set(unit, head.byteLength + i * unit.byteLength);
  page.set(tail, page.byteLength - tail.byteLength);
  return page;
}

/** The child's job: extract a big page and report its peak RSS. */
function runChild(mb: number): void {
  const page = bigPage(mb);
  const start = performance.now();
  const article = extract(page, { url: 'https://news.example/2024/05/07/harbour' });
  const report = {
    pageBytes: page.byteLength,
    ms: Math.round(performance.now() - start),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    textLength: article.text.length,
    hasMarker: article.text.includes(MARKER),
    blocks: article.blocks.length,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/** The child's report. */
interface ChildReport {
  pageBytes: number;
  ms: number;
  peakRssMb: number;
  textLength: number;
  hasMarker: boolean;
  blocks: number;
}

function expectTooLarge(input: string | Uint8Array): void {
  const start = performance.now();
  assert.throws(
    () => extract(input),
    (error: unknown) => error instanceof ExtractError && error.code === 'too-large',
  );
  assert.ok(performance.now() - start < 2000, 'refusing a large page is quick');
}

if (DATELINE_MEMORY_CHILD !== undefined) {
  runChild(Number(DATELINE_MEMORY_CHILD));
} else {
  describe('extract memory', () => {
    const title = `extracts a ${PAGE_MB} MB page with a peak RSS under ${MAX_PEAK_RSS_MB} MB`;
    it(title, { timeout: 300_000 }, (t) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
        env: { ...process.env, DATELINE_MEMORY_CHILD: String(PAGE_MB) },
        encoding: 'utf8',
        timeout: 280_000,
      });
      assert.equal(child.status, 0, `child failed: ${child.stderr}`);
      const lines = child.stdout.trim().split('\n');
      const report = JSON.parse(lines[lines.length - 1] ?? '') as ChildReport;
      t.diagnostic(`child: ${JSON.stringify(report)}`);
      assert.ok(report.pageBytes >= PAGE_MB * 1024 * 1024, `page is ${report.pageBytes} bytes`);
      assert.ok(
        report.peakRssMb < MAX_PEAK_RSS_MB,
        `peak RSS ${report.peakRssMb.toFixed(0)} MB (limit ${MAX_PEAK_RSS_MB} MB); ${JSON.stringify(report)}`,
      );
      assert.ok(report.textLength > 0 && report.hasMarker, `no article text: ${JSON.stringify(report)}`);
    });

    it('refuses a 60 MB page with ExtractError too-large', () => {
      const bytes = new Uint8Array(60 * 1024 * 1024).fill(0x20);
      bytes.set(new TextEncoder().encode('<!DOCTYPE html><html><body><p>'), 0);
      assert.ok(bytes.byteLength > MAX_PAGE_BYTES);
      expectTooLarge(bytes);
      expectTooLarge(`<html><body>${'<p>news</p>'.repeat(6 * 1024 * 1024)}`);
    });
  });
}
