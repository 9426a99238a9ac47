import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a reported statement running on into a sentence the page’s end cut', () => {
  it('the page’s last sentence, cut mid-word, still continues the statement before it', () => {
    const ex = one(
      'Mưa lớn kéo dài ba ngày ở các huyện miền núi.',
      'Ông Đỗ Minh Khang, Giám đốc Sở Nông nghiệp, cho biết nhiều hồ chứa đã gần đầy nước. Ở nhiều nơi, nông dân chưa thể gieo sạ vụ mới vì ruộng còn ngập sâu và hệ thống kênh mương bị hư hỏ',
    );
    const a = quoteWith(ex, 'nông dân chưa thể gieo sạ vụ mới');
    expect(a?.speaker).toBe('Đỗ Minh Khang');
    expect(a?.text).toContain('hệ thống kênh mương bị hư hỏ');
  });

  it('a sentence with no full stop inside the page is a heading, not a continuation', () => {
    const ex = one(
      'Ông Đỗ Minh Khang, Giám đốc Sở Nông nghiệp, cho biết nhiều hồ chứa đã gần đầy nước. Nông dân chưa thể gieo sạ vụ mới vì ruộng còn ngập sâu',
      'Giá phân bón tăng mạnh trong tháng qua.',
    );
    expect(quoteWith(ex, 'Nông dân chưa thể gieo sạ')).toBeUndefined();
  });

  it('a cut last sentence that names someone else stays the reporter’s', () => {
    const ex = one(
      'Ông Đỗ Minh Khang cho biết nhiều hồ chứa đã gần đầy nước. Bà Vương Thị Lan đã đi kiểm tra các hồ chứa ở ba huyện phía tây và yêu cầu các đơn vị chuẩn bị phương án xả l',
    );
    expect(quoteWith(ex, 'đã đi kiểm tra các hồ chứa')).toBeUndefined();
  });
});
