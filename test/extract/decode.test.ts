import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { BINARY_SIGNATURES, ICONV_CODECS } from '../../src/extract/charsets.js';
import {
  charsetFromContentType,
  decodePage,
  encodingForLabel,
  looksBinary,
} from '../../src/extract/decode.js';

// Short news paragraphs, written for these tests, each encodable in the charsets it is paired with.
const TEXT = {
  en: '“The euro’s slide — now 4% in a week — worries us,” said Jane Doe, an analyst in Frankfurt. Repairs will cost €1.2bn… at least.',
  fr: 'Le gouvernement a annoncé mercredi une hausse du budget de l’éducation, a déclaré la ministre à Besançon. Les élèves, déçus, réclament davantage.',
  de: 'Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für Straßenbahnen zu erhöhen. „Das ist ein großer Schritt“, sagte die Ministerin in Köln.',
  cs: 'Vláda ve středu oznámila, že zvýší rozpočet na školství. Žáci a učitelé v Brně jsou spokojeni, řekl ministr.',
  fr15: 'Le prix du cœur de bœuf atteint 12 € le kilo, selon les éleveurs de la coopérative Œuvre agricole à Besançon.',
  ru: 'Правительство в среду объявило о повышении бюджета на образование. Министр заявила в Москве, что это важный шаг для всей страны. По словам экспертов, расходы вырастут на двенадцать процентов в следующем году.',
  ja: '政府は水曜日、教育予算を増やすと発表した。文部科学大臣は東京で記者会見を開き、「重要な一歩だ」と述べた。専門家によると、来年度の支出は増える見通しだ。',
  ko: '정부는 수요일 교육 예산을 늘리겠다고 발표했다. 교육부 장관은 서울에서 기자회견을 열고 중요한 진전이라고 말했다. 전문가들에 따르면 내년 지출은 증가할 전망이다.',
  zh: '政府周三宣布将增加教育预算。教育部长在北京举行新闻发布会，称这是“重要的一步”。专家表示，明年的支出预计将增长百分之十二。',
};

/** A small article page; `head` goes first in `<head>`, where a charset declaration lives. */
function page(text: string, head = ''): string {
  return `<!DOCTYPE html><html><head>${head}<title>Budget news</title><link rel="stylesheet" href="/site.css"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Budget</h1><p>${text}</p></article><footer>&copy; News Co</footer></body></html>`;
}

/** [WHATWG name, text, iconv-lite codec], one row per encoding the decoder must round-trip. */
const CASES: [string, string, string][] = [
  ['UTF-8', TEXT.en, 'utf-8'],
  ['windows-1252', TEXT.en, 'windows-1252'],
  ['windows-1252', TEXT.fr, 'windows-1252'],
  ['ISO-8859-2', TEXT.cs, 'iso-8859-2'],
  ['ISO-8859-15', TEXT.fr15, 'iso-8859-15'],
  ['windows-1251', TEXT.ru, 'windows-1251'],
  ['KOI8-R', TEXT.ru, 'koi8-r'],
  ['Shift_JIS', TEXT.ja, 'shift_jis'],
  ['EUC-KR', TEXT.ko, 'euc-kr'],
  ['gb18030', TEXT.zh, 'gb18030'],
];

const encode = (html: string, codec: string): Uint8Array => new Uint8Array(iconv.encode(html, codec));

/** ISO-2022-JP, which iconv-lite cannot write: JIS X 0208 runs are EUC-JP with the high bits cleared. */
function iso2022jp(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const run of text.match(/[\x00-\x7f]+|[^\x00-\x7f]+/g) ?? []) {
    if (run.charCodeAt(0) < 0x80) bytes.push(...encode(run, 'ascii'));
    else bytes.push(0x1b, 0x24, 0x42, ...[...encode(run, 'euc-jp')].map((b) => b & 0x7f), 0x1b, 0x28, 0x42);
  }
  return Uint8Array.from(bytes);
}

describe('decodePage: <meta> declarations', () => {
  for (const [name, text, codec] of CASES) {
    it(`decodes ${name} declared by <meta charset>`, () => {
      const html = page(text, `<meta charset="${codec}">`);
      assert.deepEqual(decodePage(encode(html, codec)), { html, encoding: name, source: 'meta' });
    });
  }

  it('reads the http-equiv form, after 1024 bytes of head', () => {
    const head = `<script>${'var analytics = 1;\n'.repeat(80)}</script><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`;
    const html = page(TEXT.ru, head);
    assert.deepEqual(decodePage(encode(html, 'windows-1251')), {
      html,
      encoding: 'windows-1251',
      source: 'meta',
    });
  });

  it('maps latin1 labels to windows-1252, keeping „ “ – € (bytes 0x80–0x9F)', () => {
    const html = page(TEXT.de, '<meta charset="iso-8859-1">');
    const page1252 = decodePage(encode(html, 'windows-1252'));
    assert.equal(page1252.encoding, 'windows-1252');
    assert.equal(page1252.html, html);
    assert.match(page1252.html, /„Das ist ein großer Schritt“/);
  });

  it('treats a <meta> claiming UTF-16 as UTF-8, as WHATWG does', () => {
    const html = page(TEXT.fr, '<meta charset="utf-16">');
    assert.deepEqual(decodePage(encode(html, 'utf-8')), { html, encoding: 'UTF-8', source: 'meta' });
  });
});

describe('decodePage: Content-Type charset', () => {
  for (const [name, text, codec] of CASES) {
    it(`decodes ${name} named by the HTTP header`, () => {
      const html = page(text);
      const decoded = decodePage(encode(html, codec), `text/html; charset=${codec.toUpperCase()}`);
      assert.deepEqual(decoded, { html, encoding: name, source: 'transport' });
    });
  }

  it('reads quoted and oddly spaced charset parameters', () => {
    assert.equal(charsetFromContentType('text/html;charset="Shift_JIS"'), 'Shift_JIS');
    assert.equal(charsetFromContentType('text/html ; Charset = koi8-r ; format=flowed'), 'koi8-r');
    assert.equal(charsetFromContentType('charset=utf-8'), 'utf-8');
    assert.equal(charsetFromContentType('text/html'), null);
  });

  it('ignores an unknown header charset and falls back to <meta>', () => {
    const html = page(TEXT.ko, '<meta charset="euc-kr">');
    const decoded = decodePage(encode(html, 'euc-kr'), 'text/html; charset=x-unknown-charset');
    assert.deepEqual(decoded, { html, encoding: 'EUC-KR', source: 'meta' });
  });
});

describe('decodePage: conflicts', () => {
  it('trusts the header over <meta>', () => {
    const html = page(TEXT.ru, '<meta charset="windows-1251">');
    const decoded = decodePage(encode(html, 'koi8-r'), 'text/html; charset=koi8-r');
    assert.deepEqual(decoded, { html, encoding: 'KOI8-R', source: 'transport' });
  });

  it('trusts a UTF-8 BOM over both header and <meta>', () => {
    const html = page(TEXT.ja, '<meta charset="shift_jis">');
    const bytes = encode(`\uFEFF${html}`, 'utf-8');
    assert.deepEqual(decodePage(bytes, 'text/html; charset=windows-1251'), {
      html,
      encoding: 'UTF-8',
      source: 'bom',
    });
  });

  it('trusts a UTF-16LE BOM over both header and <meta>', () => {
    const html = page(TEXT.zh, '<meta charset="gb18030">');
    const bytes = encode(`\uFEFF${html}`, 'utf-16le');
    assert.deepEqual(decodePage(bytes, 'text/html; charset=gb18030'), {
      html,
      encoding: 'UTF-16LE',
      source: 'bom',
    });
  });
});

describe('decodePage: no declaration', () => {
  const DETECTED: [string, string, string][] = [
    ['UTF-8', TEXT.zh, 'utf-8'],
    ['windows-1252', TEXT.de, 'windows-1252'],
    ['windows-1251', TEXT.ru, 'windows-1251'],
    ['KOI8-R', TEXT.ru, 'koi8-r'],
    ['Shift_JIS', TEXT.ja, 'shift_jis'],
    ['EUC-KR', TEXT.ko, 'euc-kr'],
    ['gb18030', TEXT.zh, 'gb18030'],
  ];
  for (const [name, text, codec] of DETECTED) {
    it(`detects ${name}`, () => {
      const html = page(text);
      assert.deepEqual(decodePage(encode(html, codec)), { html, encoding: name, source: 'detected' });
    });
  }

  it('detects 7-bit ISO-2022-JP, which would pass for ASCII', () => {
    const html = page(TEXT.ja);
    assert.deepEqual(decodePage(iso2022jp(html)), { html, encoding: 'ISO-2022-JP', source: 'detected' });
  });

  it('keeps UTF-8 with one stray windows-1252 byte as UTF-8', () => {
    // A CMS pasted one windows-1252 apostrophe (0x92) into an otherwise UTF-8 page.
    const [before = '', after = ''] = page(TEXT.fr).split('’');
    const bytes = Uint8Array.from([...encode(before, 'utf-8'), 0x92, ...encode(after, 'utf-8')]);
    assert.deepEqual(decodePage(bytes), {
      html: `${before}\uFFFD${after}`,
      encoding: 'UTF-8',
      source: 'detected',
    });
  });

  it('falls back to UTF-8 for ASCII and to windows-1252 for too little to tell', () => {
    assert.deepEqual(decodePage(encode('<p>Markets rose.</p>', 'utf-8')), {
      html: '<p>Markets rose.</p>',
      encoding: 'UTF-8',
      source: 'default',
    });
    const tiny = decodePage(encode('<p>東京</p>', 'shift_jis'));
    assert.equal(tiny.encoding, 'windows-1252');
    assert.equal(tiny.source, 'default');
  });
});

describe('decodePage: strings and empty input', () => {
  it('passes strings through, less a leading BOM', () => {
    const html = page(TEXT.en);
    assert.deepEqual(decodePage(`\uFEFF${html}`, 'text/html; charset=koi8-r'), {
      html,
      encoding: 'UTF-8',
      source: 'string',
    });
  });

  it('decodes empty bytes to an empty string', () => {
    assert.deepEqual(decodePage(new Uint8Array()), { html: '', encoding: 'UTF-8', source: 'default' });
    assert.deepEqual(decodePage(''), { html: '', encoding: 'UTF-8', source: 'string' });
  });
});

describe('encodingForLabel', () => {
  it('follows the WHATWG Encoding standard', () => {
    assert.equal(encodingForLabel('latin1'), 'windows-1252');
    assert.equal(encodingForLabel('ASCII'), 'windows-1252');
    assert.equal(encodingForLabel(' utf8 '), 'UTF-8');
    assert.equal(encodingForLabel('x-sjis'), 'Shift_JIS');
    assert.equal(encodingForLabel('gb2312'), 'GBK');
    assert.equal(encodingForLabel('iso-2022-kr'), null); // WHATWG's "replacement": we guess instead
    assert.equal(encodingForLabel('klingon'), null);
  });
});

describe('looksBinary', () => {
  const header = (...bytes: number[]): Uint8Array =>
    Uint8Array.from([...bytes, ...new Array(200).fill(0x41)]);

  it('spots images, documents and archives by their magic numbers', () => {
    assert.ok(looksBinary(header(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)), 'PNG');
    assert.ok(looksBinary(encode('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1')), 'PDF');
    assert.ok(looksBinary(header(0x1f, 0x8b, 0x08, 0x00)), 'gzip');
    assert.ok(looksBinary(header(0xff, 0xd8, 0xff, 0xe0)), 'JPEG');
    assert.ok(looksBinary(encode('GIF89a', 'latin1')), 'GIF');
    assert.ok(looksBinary(header(0x50, 0x4b, 0x03, 0x04)), 'ZIP');
    assert.ok(looksBinary(encode('RIFF\u0024\u0000\u0000\u0000WEBPVP8 ', 'latin1')), 'WebP');
  });

  it('spots random bytes', () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    });
    assert.ok(looksBinary(random));
  });

  it('passes HTML in every encoding, UTF-16 included, and a page with one stray NUL', () => {
    for (const [name, text, codec] of CASES) {
      assert.equal(looksBinary(encode(page(text), codec)), false, name);
    }
    assert.equal(looksBinary(encode(`\uFEFF${page(TEXT.ja)}`, 'utf-16le')), false, 'UTF-16LE');
    assert.equal(looksBinary(encode(`\uFEFF${page(TEXT.ru)}`, 'utf-16be')), false, 'UTF-16BE');
    assert.equal(looksBinary(encode(page(TEXT.en).replace('<nav>', '<nav>\u0000'), 'utf-8')), false, 'NUL');
    assert.equal(looksBinary(new Uint8Array()), false, 'empty');
  });
});

describe('charsets data', () => {
  it('routes to iconv-lite only the encodings TextDecoder gets wrong here', () => {
    const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const [name, codec] of ICONV_CODECS) {
      assert.ok(iconv.encodingExists(codec), codec);
      let native: string | null = null;
      try {
        native = new TextDecoder(name).decode(allBytes);
      } catch {
        // No TextDecoder for it at all: reason enough.
      }
      assert.notEqual(native, iconv.decode(allBytes, codec), `${name} could go back to TextDecoder`);
    }
  });

  it('decodes with every encoding a declaration can name', () => {
    // Every WHATWG encoding name, as the label lookup spells it.
    const names = (
      'UTF-8 IBM866 ISO-8859-2 ISO-8859-3 ISO-8859-4 ISO-8859-5 ISO-8859-6 ISO-8859-7 ISO-8859-8 ' +
      'ISO-8859-8-I ISO-8859-10 ISO-8859-13 ISO-8859-14 ISO-8859-15 ISO-8859-16 KOI8-R KOI8-U macintosh ' +
      'windows-874 windows-1250 windows-1251 windows-1252 windows-1253 windows-1254 windows-1255 ' +
      'windows-1256 windows-1257 windows-1258 x-mac-cyrillic GBK gb18030 Big5 EUC-JP ISO-2022-JP ' +
      'Shift_JIS EUC-KR UTF-16BE UTF-16LE'
    ).split(' ');
    for (const name of names) {
      assert.equal(encodingForLabel(name), name);
      const decoded = decodePage(encode('<p>News</p>', 'utf-8'), `text/html; charset=${name}`);
      assert.equal(decoded.encoding, name);
      assert.equal(typeof decoded.html, 'string');
    }
  });

  it('has unique binary signature ids', () => {
    const ids = BINARY_SIGNATURES.map((signature) => signature.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});
