import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a reporting verb that ends the sentence, after the words it reports', () => {
  const ex = one(
    'Nguyên đại biểu Quốc hội Lê Văn Hòa trò chuyện với phóng viên về những kỳ họp đầu tiên ông tham dự.',
    'Hồi đó mỗi dự luật được đọc và biểu quyết từng điều ngay tại hội trường, ông Hòa kể lại.',
    'Bây giờ một dự luật đi qua nhiều vòng góp ý trước khi tới hội trường, còn trước kia chỉ có một vòng, ông Hòa so sánh.',
  );

  it('"…, ông X kể lại." reports the words before the comma', () => {
    const q = quoteWith(ex, 'mỗi dự luật được đọc và biểu quyết');
    expect(q?.speaker).toBe('Lê Văn Hòa');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('Hồi đó mỗi dự luật được đọc và biểu quyết từng điều ngay tại hội trường');
  });

  it('"…, ông X so sánh." reports them too', () => {
    const q = quoteWith(ex, 'một dự luật đi qua nhiều vòng góp ý');
    expect(q?.speaker).toBe('Lê Văn Hòa');
    expect(q?.text).toBe('Bây giờ một dự luật đi qua nhiều vòng góp ý trước khi tới hội trường, còn trước kia chỉ có một vòng');
  });

  it('a verb with its own object after it reports nothing before the comma', () => {
    const other = one(
      'Lúc 9 giờ sáng 3/6, bị cáo Trần Văn Khải bắt đầu nói lời sau cùng.',
      'Trả lời câu hỏi về tiến độ dự án, Giám đốc Sở Xây dựng Phạm Minh Tuấn nói như trên.',
      'Sau khi kiểm tra hồ sơ, ông Tuấn so sánh hai bản thiết kế với nhau.',
    );
    expect(other.quotes).toEqual([]);
  });
});

describe('"bật mí" (to reveal) reports like "tiết lộ"', () => {
  it('after a quotation, with the speaker before it', () => {
    const ex = one(
      'Ca sĩ Hoàng Mai Anh trở lại với album mới sau bốn năm vắng bóng.',
      '“Tôi đã viết phần lớn các bài hát trong album này khi con gái tôi còn nhỏ”, ca sĩ Hoàng Mai Anh bật mí.',
    );
    const q = quoteWith(ex, 'Tôi đã viết phần lớn các bài hát');
    expect(q?.speaker).toBe('Hoàng Mai Anh');
    expect(q?.kind).toBe('direct');
  });
});
