import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-03-08');

describe('a description, then the person it describes named between commas', () => {
  it('"“…” - người phát ngôn Ban X, ông Y, chia sẻ." is said by Y, not by the body', () => {
    const ex = one(
      'Ban Quản lý Vịnh Hòa Lợi cho biết đã tạm dừng các tàu du lịch từ chiều qua.',
      '“Chúng tôi chỉ cho tàu ra vịnh khi sóng dưới cấp 3 và có đủ áo phao cho mọi hành khách” - người phát ngôn Ban Quản lý, ông Khổng Văn Đạt, chia sẻ với phóng viên.',
    );
    expect(quoteWith(ex, 'có đủ áo phao cho mọi hành khách')?.speaker).toBe('Khổng Văn Đạt');
  });

  it('"Mẹ của em Y, chị Z, bức xúc: “…”" is said by the mother, not by the child', () => {
    const ex = one('Mẹ của em Tôn Gia Huy (lớp 4B), chị Quách Thị Duyên, bức xúc: "Cháu về nhà kể bị phạt đứng ngoài nắng cả tiết học".');
    expect(quoteWith(ex, 'bị phạt đứng ngoài nắng')?.speaker).toBe('Quách Thị Duyên');
  });

  it('a person named first, then a title between commas, still speaks: "“…”, ông Y, Giám đốc Sở Z, cho biết."', () => {
    const ex = one('“Chúng tôi đã chuẩn bị đủ 40 tấn hóa chất khử khuẩn cho vùng lũ”, ông Khổng Văn Đạt, Giám đốc Sở Y tế, cho biết.');
    expect(quoteWith(ex, '40 tấn hóa chất khử khuẩn')?.speaker).toBe('Khổng Văn Đạt');
  });
});

describe('two offices of one person after a quotation, the name after the last', () => {
  it('"“…” - Bộ trưởng, Chủ nhiệm Ủy ban X Y nói." is said by Y', () => {
    const ex = one('“Chúng tôi sẽ hoàn thành việc cấp nước sạch cho các bản vùng cao trong năm nay” - Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Lò Văn Sáng nói tại hội nghị.');
    expect(quoteWith(ex, 'cấp nước sạch cho các bản vùng cao')?.speaker).toBe('Lò Văn Sáng');
  });

  it('"“…”, diễn viên, MC X thổ lộ." is said by X, not by the actress named in the words', () => {
    const ex = one(
      'NSND Bạch Tuyết cho biết vở diễn mới sẽ ra mắt khán giả vào tháng tới.',
      '"Tôi và Bạch Tuyết đã diễn cùng nhau gần hai mươi năm nên lên sân khấu rất ăn ý" - diễn viên, MC Thành Lộc thổ lộ.',
    );
    expect(quoteWith(ex, 'diễn cùng nhau gần hai mươi năm')?.speaker).toBe('Thành Lộc');
  });
});
