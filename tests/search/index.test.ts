import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { fixtureExtraction } from '../helpers/searchFixtures.js';

const index = createSearchIndex(fixtureExtraction());
const first = (q: string, opts = {}) => index.ask(q, opts)[0];

describe('ask: matching', () => {
  it('finds a statement typed without diacritics', () => {
    const r = first('lam phat vuot 9%');
    expect(r?.speaker).toBe('Marisol Quintero');
    expect(r?.text).toContain('lạm phát');
  });

  it('finds a synonym: "trừng phạt" finds a statement that says "chế tài"', () => {
    const r = first('Lindqvist trừng phạt');
    expect(r?.text).toContain('chế tài');
    expect(r?.matched).toContain('che tai');
  });

  it('answers an English question through the lexicon', () => {
    const r = first('what did the minister say about sanctions');
    expect(r?.text).toContain('chế tài');
  });

  it('tolerates a typo in a foreign name', () => {
    expect(first('Lindqvsit đối thoại')?.speaker).toBe('Erik Lindqvist');
    expect(index.resolveSpeaker('Quinterro')?.id).toBe('marisol-quintero');
  });

  it('reaches a sentence no quote or event was extracted from (passages)', () => {
    const r = first('cò trắng bay qua cánh đồng');
    expect(r?.type).toBe('passage');
    expect(r?.text).toContain('cò trắng');
    expect(r?.excerpt).toContain('cò trắng');
  });
});

describe('ask: intents', () => {
  it('"ai nói" puts the quote and its speaker first', () => {
    const r = first('ai nói đối thoại là con đường duy nhất');
    expect(r?.type).toBe('quote');
    expect(r?.speaker).toBe('Erik Lindqvist');
  });

  it('"khi nào" puts the dated event first', () => {
    const r = first('hội nghị thượng đỉnh Bắc Âu diễn ra khi nào');
    expect(r?.type).toBe('event');
    expect(r?.date).toBe('2023-05-02');
  });

  it('"X nói gì về Y" returns quotes of X about Y', () => {
    const results = index.ask('bà Quintero nói gì về lãi suất?');
    expect(results[0]?.speaker).toBe('Marisol Quintero');
    expect(results[0]?.text).toContain('lãi suất');
  });

  it('"what did X say about Y" in English with a misspelt name', () => {
    expect(first('what did Solbreg say about trade talks')?.speaker).toBe('Henrik Solberg');
  });

  it('a date in the question selects results of that date', () => {
    const r = first('sự kiện tháng 1/2022');
    expect(r?.date).toBe('2022-01');
    expect(r?.text).toContain('ngũ cốc');
    expect(first('Solberg nói gì ngày 8/9')?.date).toBe('2024-09-08');
  });
});

describe('ask: results', () => {
  it('shows one statement reported by two outlets once, with both sources', () => {
    const results = index.ask('không muốn áp đặt chế tài lên bất kỳ ai');
    const hits = results.filter((r) => r.text.includes('không muốn áp đặt chế tài'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.type).toBe('quote');
    expect(hits[0]!.sources.map((s) => s.file).sort()).toEqual(['a1.txt', 'b1.txt']);
  });

  it('applies speaker, source, type, date and limit filters', () => {
    expect(index.ask('đối thoại', { speaker: 'Solberg' }).every((r) => r.speaker === 'Henrik Solberg')).toBe(true);
    expect(index.ask('đối thoại', { speaker: 'Solberg' })).not.toHaveLength(0);
    expect(index.ask('đối thoại', { source: 'a3.txt' }).every((r) => r.sources.some((s) => s.file === 'a3.txt'))).toBe(true);
    expect(index.ask('đối thoại', { types: ['passage'] }).every((r) => r.type === 'passage')).toBe(true);
    expect(index.ask('đối thoại', { from: '2024-01-01' }).every((r) => (r.date ?? r.source.published ?? '') >= '2024')).toBe(true);
    expect(index.ask('đối thoại', { limit: 1 })).toHaveLength(1);
    expect(index.ask('đối thoại', { speaker: 'nobody known' })).toEqual([]);
  });
});

describe('ask: honest no-answer', () => {
  it.each(['giá vàng hôm nay bao nhiêu', 'kết quả bóng đá tối qua', 'thời tiết Hà Nội ngày mai', 'who won the football match'])(
    'returns nothing for an off-topic question: %s',
    (q) => {
      expect(index.ask(q)).toEqual([]);
    },
  );

  it.each(['lãi suất ngân hàng trung ương', 'nguồn nước sông Torne', 'điện đàm hai thủ tướng'])(
    'still answers an on-topic question: %s',
    (q) => {
      expect(index.ask(q).length).toBeGreaterThan(0);
    },
  );
});

describe('speakers and other members', () => {
  it('ranks autocomplete by what was typed, and the most quoted first for an empty query', () => {
    expect(index.suggestSpeakers('quin')[0]?.name).toBe('Marisol Quintero');
    expect(index.suggestSpeakers('sol')[0]?.name).toBe('Henrik Solberg');
    expect(index.suggestSpeakers('', 2).map((s) => s.id)).toEqual(['erik-lindqvist', 'marisol-quintero']);
  });

  it('quotesBy filters by speaker and topic', () => {
    const all = index.quotesBy('marisol-quintero');
    expect(all).toHaveLength(2);
    const about = index.quotesBy('marisol-quintero', 'lãi suất');
    expect(about).toHaveLength(1);
    expect(about[0]!.text).toContain('lãi suất');
  });

  it('timeline is in date order and honours a topic', () => {
    const dates = index.timeline().map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(index.timeline({ topic: 'điện đàm' }).map((r) => r.date)).toContain('2024-09-08');
  });

  it('findSource recognises a paraphrase and rejects an unrelated message', () => {
    expect(index.findSource('Lindqvist bảo là họ không muốn áp đặt chế tài lên ai cả, chỉ có đối thoại')?.speaker).toBe('Erik Lindqvist');
    expect(index.findSource('tối nay đi ăn phở ở quán quen nhé mọi người')).toBeNull();
  });

  it('suggests a close speaker name when a question finds nothing', () => {
    expect(index.suggestAlternative('Quintaro')).toBe('Marisol Quintero');
    expect(index.suggestAlternative('giá vàng hôm nay')).toBeNull();
  });
});

describe('question reading', () => {
  it('does not read "nối lại" (resume) as "nói" (say), nor a Vietnamese phrase as a misspelt name', () => {
    const r = first('hai bên nhất trí nối lại đối thoại');
    expect(r?.text).toContain('nối lại đối thoại');
    expect(index.resolveSpeaker('điều kiện')).toBeNull();
  });
});
