import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-06');

describe('"thông tin" reports only right before the words, and is a noun everywhere else', () => {
  it('"X thông tin, …" and "X thông tin rằng …" are X\'s statements', () => {
    const ex = one(
      'Thượng tá Lê Văn Hùng, Trưởng Công an huyện, thông tin, lực lượng chức năng đã bắt giữ hai đối tượng liên quan.',
      'Bà Trần Thị Hoa thông tin rằng trường sẽ mở thêm hai lớp học vào tháng tới.',
    );
    expect(quoteWith(ex, 'đã bắt giữ hai đối tượng')?.speaker).toBe('Lê Văn Hùng');
    expect(quoteWith(ex, 'mở thêm hai lớp học')?.speaker).toBe('Trần Thị Hoa');
  });

  it('"cung cấp thông tin, hình ảnh …" and "Cổng thông tin, …" report nothing', () => {
    const ex = one(
      'Ông Lê Văn Hùng cung cấp thông tin, hình ảnh về vụ việc cho cơ quan điều tra huyện.',
      'Cổng thông tin, điện tử của tỉnh đã đăng tải toàn bộ kết luận thanh tra.',
    );
    expect(ex.quotes).toEqual([]);
  });
});
