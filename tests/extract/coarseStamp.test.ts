import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const PAGE = [
  'HLV Lưu Minh Khôi hài lòng sau chiến thắng 2-0 trước đội khách.',
  '"Các cầu thủ đã chơi đúng những gì chúng tôi chuẩn bị", ông Khôi nói.',
  'Hôm 12/3, ông Khôi từng cho biết đội sẽ dùng đội hình trẻ ở giải này.',
];

describe('a stamp of a month only does not stand for when undated words were said', () => {
  it('words with no date of their own are left undated under a month stamp', () => {
    const ex = extractArticle(PAGE, { published: '2024-04' });
    expect(quoteWith(ex, 'chơi đúng những gì')?.date ?? null).toBeNull();
    // Words that carry their own day keep it.
    expect(quoteWith(ex, 'đội hình trẻ')?.date).toBe('2024-03-12');
  });

  it('a stamp of a full day still stands for when the paper heard them', () => {
    const ex = extractArticle(PAGE, { published: '2024-04-02' });
    expect(quoteWith(ex, 'chơi đúng những gì')?.date).toBe('2024-04-02');
  });
});
