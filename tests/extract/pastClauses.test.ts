import { describe, expect, it } from 'vitest';
import { extractArticle } from '../helpers/articles.js';
import { isPastClauseDate } from '../../src/extract/pastClauses.js';

const eventsOf = (paragraphs: string[], published: string | null) =>
  extractArticle(paragraphs, { published }).events.map((e) => [e.date, e.text] as const);

describe('a dated clause told in the past ("đã …") is a happening, whatever its verb', () => {
  it.each([
    ['Hai ngư dân bị thương trong vụ chìm tàu đã về với gia đình hôm 28-9 sau mười ngày điều trị.', '2024-09-28'],
    ['Đội kiểm tra liên ngành hôm qua đã thu giữ 300 kg nội tạng không rõ nguồn gốc tại chợ đầu mối.', '2024-10-01'],
    ['Nhà máy nước sạch của xã đã cấp nước cho 3.000 hộ dân từ ngày 15/9 sau hai năm thi công.', '2024-09-15'],
  ])('%s → %s', (sentence, date) => {
    expect(eventsOf([sentence], '2024-10-02').map(([d]) => d)).toContain(date);
  });

  it('a plan, a condition or a wish in the clause is no happening', () => {
    expect(eventsOf(['Hội đồng chỉ chốt giá đất nếu đã có kết quả thẩm định vào ngày 15/11.'], '2024-10-02')).toEqual([]);
    expect(eventsOf(['Nhà thầu dự kiến đã xong phần móng cầu vào ngày 20/12.'], '2024-10-02')).toEqual([]);
  });

  it('"đã" inside a quotation is the speaker\'s words, not the report\'s tense', () => {
    // The quotation as extraction sees it: masked.
    const masked = 'Bộ hồ sơ nộp ngày 3/10 mà chủ đầu tư gọi là “§§§§§§§§” bị trả lại.';
    expect(isPastClauseDate(masked, { start: masked.indexOf('3/10'), end: masked.indexOf('3/10') + 4 })).toBe(false);
    const told = 'Bộ hồ sơ đã nộp ngày 3/10 bị trả lại.';
    expect(isPastClauseDate(told, { start: told.indexOf('3/10'), end: told.indexOf('3/10') + 4 })).toBe(true);
  });
});
