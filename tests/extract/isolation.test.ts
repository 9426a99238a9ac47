/**
 * One article whose extraction throws or runs past its time budget is left out with its reason; the rest of the
 * corpus is extracted, and the reason reaches `check`, the app's log and /about.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { formatCheckReport } from '../../src/corpus/check.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { buildAboutReply } from '../../src/discord/listReplies.js';
import { readArticle } from '../../src/extract/document.js';
import { extractCorpus, type ExtractOptions } from '../../src/extract/index.js';
import { bodyParagraphs } from '../../src/extract/paragraphs.js';
import { silentLogger } from '../../src/logger.js';
import { buildPipeline } from '../../src/pipeline.js';
import { textOf } from '../helpers/messageText.js';
import { makeDoc, quoteWith } from '../helpers/articles.js';

const GOOD = 'Bộ trưởng Lê Văn Hải nói: “Chúng tôi sẽ mở thêm ba tuyến xe buýt điện trong năm nay”.';
const OTHER = 'Bà Trần Thu Hà cho biết: “Thành phố đã trồng thêm hai nghìn cây xanh ven sông”.';

/** An extractor that fails on one file, as a bug in a rule would. */
const failingOn = (file: string): ExtractOptions => ({
  readArticle: (doc, ...rest) => {
    if (doc.file === file) throw new TypeError("Cannot read properties of undefined (reading 'end')");
    return readArticle(doc, ...rest);
  },
});

describe('per-article isolation of extraction', () => {
  it('leaves out an article whose extraction throws, names it with the error, and extracts the others', () => {
    const ex = extractCorpus([makeDoc([GOOD], { file: 'a.txt' }), makeDoc([OTHER], { file: 'bad.txt' })], failingOn('bad.txt'));
    expect(quoteWith(ex, 'ba tuyến xe buýt điện')?.speaker).toBe('Lê Văn Hải');
    expect(quoteWith(ex, 'hai nghìn cây xanh')).toBeUndefined();
    expect(ex.documents.map((d) => d.file)).toEqual(['a.txt']);
    expect(ex.skipped).toEqual([{ file: 'bad.txt', reason: expect.stringContaining("reading 'end'") as string }]);
  });

  it('leaves out an article that runs past its time budget, between two paragraphs', () => {
    let t = 0;
    const options: ExtractOptions = {
      budgetMs: 1000,
      now: () => t,
      // Splitting the slow article takes a simulated minute; the budget check before its first paragraph stops it.
      bodyParagraphs: (doc) => {
        if (doc.file === 'slow.txt') t += 60_000;
        return bodyParagraphs(doc);
      },
    };
    const ex = extractCorpus([makeDoc([GOOD], { file: 'a.txt' }), makeDoc([OTHER, OTHER], { file: 'slow.txt' })], options);
    expect(quoteWith(ex, 'ba tuyến xe buýt điện')).toBeDefined();
    expect(ex.skipped?.map((s) => s.file)).toEqual(['slow.txt']);
    expect(ex.skipped?.[0]?.reason).toMatch(/longer than 1 s/);
  });

  it('names the article in check and /about, and the app answers from the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trichdan-isolation-'));
    try {
      writeFileSync(join(dir, 'a.txt'), `Xe buýt điện\n\n${GOOD}\n`);
      writeFileSync(join(dir, 'bad.txt'), `Cây xanh\n\n${OTHER}\n`);
      const pipeline = await buildPipeline(dir, { extract: failingOn('bad.txt') });
      const report = formatCheckReport(pipeline.corpus);
      expect(report).toMatch(/Skipped \(1\):\n\s+bad\.txt\n\s+extraction failed \(TypeError: Cannot read properties/);
      expect(report).toContain('1 article loaded, 1 skipped');

      const config = parseConfig({ CORPUS_DIR: dir, DATA_DIR: join(dir, 'data') });
      const app = await createApp(config, silentLogger(), { databaseFile: ':memory:', extract: failingOn('bad.txt') });
      try {
        expect(app.ctx.index().ask('xe buýt điện')[0]?.speaker).toBe('Lê Văn Hải');
        const about = textOf(buildAboutReply({ corpus: app.ctx.stats.corpus(), uptimeMs: 0, version: 'test', lastLatencyMs: null, lang: 'en' }));
        expect(about).toContain('Files skipped (1)');
        expect(about).toMatch(/bad\.txt: extraction failed/);
      } finally {
        await app.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('per-article isolation of reading', () => {
  it('leaves out a page whose reading throws, with the error, and loads the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trichdan-isolation-read-'));
    try {
      writeFileSync(join(dir, 'a.txt'), `Xe buýt điện\n\n${GOOD}\n`);
      writeFileSync(join(dir, 'bad.txt'), `Cây xanh\n\n${OTHER}\n`);
      const parse: typeof parseArticle = (file, ...rest) => {
        if (file === 'bad.txt') throw new RangeError('Invalid array length');
        return parseArticle(file, ...rest);
      };
      const corpus = await loadCorpus(dir, { parse });
      expect(corpus.documents.map((d) => d.file)).toEqual(['a.txt']);
      expect(corpus.skipped).toEqual([{ file: 'bad.txt', reason: 'reading failed (RangeError: Invalid array length); article left out' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
