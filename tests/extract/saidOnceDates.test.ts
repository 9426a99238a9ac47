import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('words said "once" (từng + reporting verb) at a time the page does not give', () => {
  it('an undated page: the promise recalled is not dated by the lede\'s day', () => {
    const ex = extractArticle([
      'Bộ trưởng Tài chính Xylandia Tomas Brekke ngày 4/10 tuyên bố từ chức sau khi ngân sách bị bác.',
      '“Tôi nhận trách nhiệm về kết quả này”, ông Brekke nói trước Quốc hội.',
      'Ông Brekke nhậm chức năm 2020. Khi nhậm chức, ông từng hứa: “Thâm hụt sẽ về dưới 2% trong hai năm”.',
    ], { published: null });
    expect(quoteWith(ex, 'nhận trách nhiệm')?.date).toBe('--10-04');
    expect(quoteWith(ex, 'Thâm hụt sẽ về dưới 2%')?.date ?? null).toBeNull();
  });

  it('a dated page: "ông từng nói" after the quotation is not the publication day', () => {
    const ex = extractArticle([
      'Cựu thị trưởng Hoàng Minh Trác tuyên bố sẽ ra tranh cử lần nữa.',
      '“Tôi nghĩ nếu tranh cử tôi sẽ thắng”, ông từng nói trên một kênh truyền hình.',
    ], { published: '2025-04-18' });
    expect(quoteWith(ex, 'nếu tranh cử tôi sẽ thắng')?.date ?? null).toBeNull();
  });

  it('a date of its own still dates it ("Năm 2019, bà từng nói")', () => {
    const ex = extractArticle([
      'Nhà văn Phùng Diệu Linh vừa ra mắt tiểu thuyết thứ năm.',
      'Năm 2019, bà từng nói: “Tôi sẽ không viết thêm tiểu thuyết nào nữa”.',
    ], { published: '2025-04-18' });
    expect(quoteWith(ex, 'không viết thêm')?.date).toBe('2019');
  });

  it('"từng" meaning "each" leaves the occasion\'s date', () => {
    const ex = extractArticle([
      'Sáng 16/4, Chủ tịch huyện Lạc Thủy Tạ Quang Vĩnh tiếp xúc cử tri xã Bình Yên.',
      'Ông Vĩnh trả lời từng câu hỏi của cử tri và cho biết: “Con đường sẽ được sửa xong trước mùa mưa”.',
    ], { published: '2025-04-18' });
    expect(quoteWith(ex, 'sửa xong trước mùa mưa')?.date).toBe('2025-04-16');
  });
});
