import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-03');

describe('"bộc bạch" (to confide) reports speech as "tâm sự" and "thổ lộ" do', () => {
  it('after the quotation, with a name or a pronoun', () => {
    const ex = one(
      'Nhà văn Trương Thị Ngọc Lan vừa ra mắt tập truyện thứ ba tại Đà Lạt.',
      '“Tôi viết những trang này trong những đêm mất ngủ, khi nghĩ về người mẹ đã khuất”, Trương Thị Ngọc Lan bộc bạch.',
      '“Mỗi câu chuyện là một lời cảm ơn gửi những người đã đi qua đời tôi”, chị bộc bạch thêm.',
    );
    expect(quoteWith(ex, 'trong những đêm mất ngủ')?.speaker).toBe('Trương Thị Ngọc Lan');
    expect(quoteWith(ex, 'Mỗi câu chuyện là một lời cảm ơn')?.speaker).toBe('Trương Thị Ngọc Lan');
  });

  it('as a noun after "lời" it reports nothing', () => {
    const ex = one('Những lời bộc bạch của nữ nhà văn khiến nhiều độc giả xúc động trong buổi giao lưu tối qua.');
    expect(ex.quotes).toEqual([]);
  });
});
