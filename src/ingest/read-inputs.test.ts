// Tests the readers as a user meets them: files, folders, stdin, broken lines, headers, HTML pages.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseHtmlArticle, parseJsonlLine, parseTextArticle, readInputs, type ReadItem } from './read-inputs.js';

async function collect(gen: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of gen) out.push(item);
  return out;
}

const SEED = path.resolve(__dirname, '../../../shared/seed/000_848cd51483da8687.txt');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dyad-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('encodings and binary files', () => {
  it('skips a binary file with a message and reads the files after it', async () => {
    const sub = path.join(dir, 'bin');
    mkdirSync(sub);
    writeFileSync(path.join(sub, 'a.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(path.join(sub, 'b.txt'), 'date 2020-01-01\n\nIran accused Iraq.');
    const items = await collect(readInputs([sub]));
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual({ ok: false, error: { file: path.join(sub, 'a.txt'), message: 'not a text file (binary content, or text not in UTF-8): skipped' } });
    expect(items[1]!.ok && items[1].article.raw).toBe('Iran accused Iraq.');
  });

  it('reads a file that is not UTF-8 as Windows-1252, and says so', async () => {
    const file = path.join(dir, 'cp1252.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Le pr'), Buffer.from([0xe9]), Buffer.from('sident a d'), Buffer.from([0xe9]), Buffer.from('clar'), Buffer.from([0xe9, 0x20, 0x93]), Buffer.from('paix'), Buffer.from([0x94])]));
    const [item] = await collect(readInputs([file]));
    expect(item!.ok && item.article.raw).toBe('Le président a déclaré “paix”');
    expect(item!.ok && item.article.meta).toEqual({ encoding: 'windows-1252' });
  });

  it('reads UTF-16 with a byte-order mark, and drops a UTF-8 byte-order mark', async () => {
    const le = path.join(dir, 'utf16.txt');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date 2020-01-01\n\nSyria rejected the plan.', 'utf16le')]));
    const bom = path.join(dir, 'bom.txt');
    writeFileSync(bom, '\ufeffSyria rejected the plan.');
    const [a, b] = await collect(readInputs([le, bom]));
    expect(a!.ok && [a.article.published, a.article.raw, a.article.meta]).toEqual(['2020-01-01', 'Syria rejected the plan.', { encoding: 'utf-16le' }]);
    expect(b!.ok && [b.article.raw, b.article.meta]).toEqual(['Syria rejected the plan.', undefined]);
  });
});

describe('plain text', () => {
  it('reads a date header that shares the first line with the body', () => {
    const a = parseTextArticle(' date 2020-02-12 Afghan President Ashraf Ghani said on Tuesday.\n\nMore.', 'x/seed-000.txt');
    expect(a.published).toBe('2020-02-12');
    expect(a.raw).toBe('Afghan President Ashraf Ghani said on Tuesday.\n\nMore.');
    expect(a.id).toBe('seed-000');
    expect(a.origin).toEqual({ file: 'x/seed-000.txt' });
  });

  it('reads header lines with and without colons, and keeps the body exactly', () => {
    const a = parseTextArticle('Title: Talks resume\nurl https://example.org/a\nSource: Reuters\nid: art-7\ndate: 2021-03-04T10:00:00Z\n\nBody  line one.\n  indented two.\n', 'a.txt');
    expect(a).toMatchObject({ id: 'art-7', published: '2021-03-04', title: 'Talks resume', url: 'https://example.org/a', publisher: 'Reuters' });
    expect(a.raw).toBe('Body  line one.\n  indented two.\n');
  });

  it('leaves a body that merely starts with a header word alone', () => {
    const a = parseTextArticle('Source close to the talks said the deal was near.', 'b.txt');
    expect(a.publisher).toBeNull();
    expect(a.raw).toBe('Source close to the talks said the deal was near.');
  });

  it('keeps an unreadable date as null with a note', () => {
    const a = parseTextArticle('date: someday soon\nThe body.', 'c.txt');
    expect(a.published).toBeNull();
    expect(a.meta?.dateError).toMatch(/someday soon/);
    expect(a.raw).toBe('The body.');
  });

  it('rejects impossible calendar dates', () => {
    expect(parseTextArticle('date 2021-02-30\nBody', 'd.txt').published).toBeNull();
  });

  describe.skipIf(!existsSync(SEED))('the seed article (needs ../shared/seed)', () => {
    it('reads its date and body', () => {
      const a = parseTextArticle(readFileSync(SEED, 'utf8'), SEED);
      expect(a.published).toBe('2020-02-12');
      expect(a.raw.startsWith('Afghan President Ashraf Ghani said')).toBe(true);
      expect(a.id).toBe('000_848cd51483da8687');
    });
  });
});

describe('JSONL', () => {
  it('parses a line, keeping unknown keys under meta', () => {
    const item = parseJsonlLine('{"id":"s1","text":"Hi.","date":"2020-01-02","source":"AP","lang":"en"}', 'f.jsonl', 3);
    expect(item).toEqual({
      ok: true,
      article: { id: 's1', published: '2020-01-02', title: null, url: null, publisher: 'AP', raw: 'Hi.', meta: { lang: 'en' }, origin: { file: 'f.jsonl', line: 3 } },
    });
  });

  it('reports bad JSON and a missing text without throwing', () => {
    expect(parseJsonlLine('{oops', 'f.jsonl', 2)).toMatchObject({ ok: false, error: { file: 'f.jsonl', line: 2 } });
    const noText = parseJsonlLine('{"id":"x"}', 'f.jsonl', 5);
    expect(noText).toMatchObject({ ok: false, error: { line: 5 } });
    expect(!noText.ok && noText.error.message).toMatch(/"text"/);
  });

  it('reads lines 1 and 3 around a broken line 2 and names the file and line', async () => {
    const file = path.join(dir, 'broken.jsonl');
    writeFileSync(file, '{"id":"a","text":"One.","published":"2020-01-01"}\n{"id":"b","text":\n\n{"text":"Three."}\n');
    const items = await collect(readInputs([file]));
    expect(items.map((i) => i.ok)).toEqual([true, false, true]);
    expect(items[1]).toMatchObject({ ok: false, error: { file, line: 2 } });
    const third = items[2]!;
    expect(third.ok && third.article).toMatchObject({ id: 'broken.jsonl:4', raw: 'Three.', origin: { file, line: 4 } });
  });

  it('reads JSONL from standard input, sniffing the format', async () => {
    const stdin = Readable.from(['\n{"id":"s1","text":"A."}\n{"id":"s2",', '"text":"B."}\n']);
    const items = await collect(readInputs(['-'], { stdin }));
    expect(items.map((i) => i.ok && i.article.id)).toEqual(['s1', 's2']);
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html><head><title>Page title</title>
    <meta property="og:title" content="Talks &amp; truce">
    <meta property="article:published_time" content="2020-02-12T08:00:00+04:30">
    <meta property="og:url" content="https://news.example/a">
    <style>p { color: red }</style></head>
    <body><nav>Home | World</nav><header>Site header</header>
    <article><h1>Talks resume</h1><p>The Taliban said on Tuesday&nbsp;that talks &quot;continue&quot;.</p>
    <p>Second <b>paragraph</b>.<script>track()</script></p><aside>Related</aside></article>
    <footer>© News</footer></body></html>`;

  it('extracts the article body with paragraph breaks, and meta date, title and url', () => {
    const a = parseHtmlArticle(page, 'dir/story.html');
    expect(a.raw).toBe('Talks resume\n\nThe Taliban said on Tuesday\u00A0that talks "continue".\n\nSecond paragraph.');
    expect(a).toMatchObject({ id: 'story', published: '2020-02-12', title: 'Talks & truce', url: 'https://news.example/a' });
  });

  it('falls back to <main>, then <body>, and to <time datetime> for the date', () => {
    const a = parseHtmlArticle('<body><p>Menu</p><main><p>Main text.</p><time datetime="2019-05-06">May 6</time></main></body>', 'm.htm');
    expect(a.raw).toBe('Main text.\n\nMay 6');
    expect(a.published).toBe('2019-05-06');
    expect(parseHtmlArticle('<body><p>Only body.</p></body>', 'b.html').raw).toBe('Only body.');
  });
});

describe('HTML extras', () => {
  it('reads the date and headline from JSON-LD, and the title from <title>', () => {
    const html = `<html><head><title> Plain title </title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-07-08T09:00:00Z"}]}</script></head><body><p>Text.</p></body></html>`;
    const a = parseHtmlArticle(html, '-');
    expect(a).toMatchObject({ published: '2021-07-08', title: 'Plain title', raw: 'Text.' });
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('notes an unreadable meta date', () => {
    const a = parseHtmlArticle('<meta name="date" content="yesterday"><p>T.</p>', 'x.html');
    expect(a.published).toBeNull();
    expect(a.meta?.dateError).toMatch(/yesterday/);
  });
});

describe('standard input', () => {
  it('reads one text article, sniffed, with its header', async () => {
    const stdin = Readable.from([Buffer.from('date: Wed, 12 Feb 2020 10:00:00 GMT\n\nBody ', 'utf8'), Buffer.from('text.', 'utf8')]);
    const items = await collect(readInputs(['-'], { stdin }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: true, article: { published: '2020-02-12', raw: 'Body text.', origin: { file: '-' } } });
    const a = items[0]!.ok ? items[0]!.article : null;
    expect(a?.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reads HTML from standard input when forced', async () => {
    const stdin = Readable.from(['<article><p>From stdin.</p></article>']);
    const items = await collect(readInputs(['-'], { stdin, inputFormat: 'html' }));
    expect(items[0]).toMatchObject({ ok: true, article: { raw: 'From stdin.' } });
  });

  it('reports an empty input', async () => {
    const items = await collect(readInputs(['-'], { stdin: Readable.from(['  \n']) }));
    expect(items[0]).toMatchObject({ ok: false, error: { file: '-' } });
  });
});

describe('files and folders', () => {
  it('walks a folder recursively in sorted order, skipping hidden and unknown files', async () => {
    const root = path.join(dir, 'corpus');
    mkdirSync(path.join(root, 'b-sub'), { recursive: true });
    mkdirSync(path.join(root, '.git'), { recursive: true });
    writeFileSync(path.join(root, 'a.txt'), 'date 2020-01-01 First.');
    writeFileSync(path.join(root, 'b-sub', 'c.html'), '<p>Third.</p>');
    writeFileSync(path.join(root, 'b-sub', 'b.jsonl'), '{"text":"Second."}\n');
    writeFileSync(path.join(root, '.hidden.txt'), 'no');
    writeFileSync(path.join(root, '.git', 'x.txt'), 'no');
    writeFileSync(path.join(root, 'notes.md'), 'no');
    const items = await collect(readInputs([root]));
    expect(items.map((i) => i.ok && i.article.raw)).toEqual(['First.', 'Second.', 'Third.']);
    expect(items.map((i) => i.ok && i.article.id)).toEqual(['a', 'b.jsonl:1', 'c']);
  });

  it('reports a missing path and goes on', async () => {
    const ok = path.join(dir, 'ok.txt');
    writeFileSync(ok, 'Body.');
    const items = await collect(readInputs([path.join(dir, 'nope.txt'), ok]));
    expect(items[0]).toEqual({ ok: false, error: { file: path.join(dir, 'nope.txt'), message: `no such file or folder: ${path.join(dir, 'nope.txt')}` } });
    expect(items[1]?.ok).toBe(true);
  });

  it('makes generated ids unique within a batch but keeps ids the input gave', async () => {
    mkdirSync(path.join(dir, 'x'), { recursive: true });
    mkdirSync(path.join(dir, 'y'), { recursive: true });
    writeFileSync(path.join(dir, 'x', 'same.txt'), 'One.');
    writeFileSync(path.join(dir, 'y', 'same.txt'), 'Two.');
    const items = await collect(readInputs([path.join(dir, 'x'), path.join(dir, 'y')]));
    expect(items.map((i) => i.ok && i.article.id)).toEqual(['same', 'same-2']);
  });

  it('honours a forced format and sniffs unknown extensions', async () => {
    const f = path.join(dir, 'feed.dat');
    writeFileSync(f, '{"id":"q","text":"Q."}\n');
    expect((await collect(readInputs([f])))[0]).toMatchObject({ ok: true, article: { id: 'q' } });
    const g = path.join(dir, 'page.txt');
    writeFileSync(g, '<p>Forced html.</p>');
    expect((await collect(readInputs([g], { inputFormat: 'html' })))[0]).toMatchObject({ ok: true, article: { raw: 'Forced html.' } });
  });
});
