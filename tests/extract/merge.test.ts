import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { makeDoc } from '../helpers/articles.js';

describe('duplicates across articles', () => {
  it('the same statement reported by two outlets is one quote with both sources', () => {
    const ex = extractCorpus([
      makeDoc(['Ngoại trưởng Anna Berg nói: “Chúng tôi ủng hộ một giải pháp hòa bình lâu dài cho khu vực”.'], { published: '2023-05-10', file: 'a.txt' }),
      makeDoc(['“Chúng tôi ủng hộ một giải pháp hòa bình lâu dài cho khu vực”, bà Berg nói với báo giới.'], { published: '2023-05-11', file: 'b.txt' }),
    ]);
    expect(ex.quotes).toHaveLength(1);
    expect(ex.quotes[0]!.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
    expect(ex.quotes[0]!.speaker).toBe('Anna Berg');
  });

  it('different statements of one speaker stay separate, and ids are stable', () => {
    const docs = [makeDoc([
      'Ngoại trưởng Anna Berg nói: “Chúng tôi ủng hộ một giải pháp hòa bình lâu dài”.',
      'Bà Berg nói thêm: “Các lệnh trừng phạt vẫn sẽ được duy trì đến cuối năm”.',
    ], { published: '2023-05-10', file: 'c.txt' })];
    const a = extractCorpus(docs);
    const b = extractCorpus(docs);
    expect(a.quotes).toHaveLength(2);
    expect(a.quotes.map((q) => q.id)).toEqual(b.quotes.map((q) => q.id));
    expect(new Set(a.quotes.map((q) => q.id)).size).toBe(2);
  });

  it('the same event in two articles is one event with two sources', () => {
    const ex = extractCorpus([
      makeDoc(['Hai nước đã ký hiệp định thương mại tự do tại Oslo ngày 15/8/2023.'], { published: '2023-08-20', file: 'd.txt' }),
      makeDoc(['Hiệp định thương mại tự do được hai nước ký tại Oslo ngày 15/8/2023, mở ra giai đoạn mới.'], { published: '2023-08-21', file: 'e.txt' }),
    ]);
    const events = ex.events.filter((e) => e.date === '2023-08-15');
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map((s) => s.file)).toEqual(['d.txt', 'e.txt']);
  });
});
