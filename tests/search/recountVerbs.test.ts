import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { buildEngine, parse } from '../../src/search/engine.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// An invented interview: a ferryman recounts the night a storm tore his boat's sail into pieces.
const EXTRACTION = extractCorpus([
  makeDoc([
    'Ông Võ Văn Thiện, người chở đò trên sông Vàm Cỏ hơn 30 năm, vẫn nhớ cơn bão năm 2019.',
    '"Gió lớn đến mức cánh buồm bị xé thành 5 mảnh, tôi phải ôm cột đò suốt đêm", ông Thiện cho biết.',
    'Giá vé đò đã tăng gấp đôi kể từ năm 2020.',
  ], { file: 'd1.txt', title: 'Người chở đò trên sông Vàm Cỏ', published: '2025-09-10' }),
]);
const index = createSearchIndex(EXTRACTION);
const e = buildEngine(EXTRACTION);

describe('"kể" (to recount) asks for what someone told', () => {
  it('"Ai kể chuyện …" asks who told it, and finds the teller', () => {
    const r = index.ask('Ai kể chuyện cánh buồm bị xé thành 5 mảnh?');
    expect(r[0]?.speaker).toBe('Võ Văn Thiện');
    expect(r[0]?.text).toMatch(/xé thành 5 mảnh/u);
  });

  it('"Ai kể lại …" too: the verb is no word the answer must hold', () => {
    const p = parse(e, 'Ai kể lại chuyện ôm cột đò suốt đêm?');
    expect(p.intent).toBe('who');
    expect(p.words.map((w) => w.folded)).not.toContain('ke');
  });

  it('"kể từ" (since) is no verb of telling', () => {
    const p = parse(e, 'Giá vé đò tăng bao nhiêu kể từ năm 2020?');
    expect(p.reported).toBe(false);
    expect(p.intent).not.toBe('who');
  });
});
