import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-18');

describe('words credited after they are given: "A. Đó là chia sẻ của ông X …"', () => {
  it('a quotation summed up by the next sentence is the credited person\'s, and the credit reports nothing', () => {
    const ex = one(
      'Ông Hoàng Văn Nam, Giám đốc Cảng vụ hàng hải, đã đi thị sát khu bến mới.',
      '“Chúng tôi sẽ đưa vào khai thác ba bến mới trước mùa mưa. Tàu lớn sẽ không còn phải chờ ngoài phao nữa”. Đó là chia sẻ của ông Hoàng Văn Nam với phóng viên.',
      '“Giá cước sẽ được giữ ổn định trong cả năm tới để doanh nghiệp yên tâm”. Đây là khẳng định của Bộ trưởng Bộ Giao thông vận tải Lê Minh Quang tại buổi họp.',
    );
    expect(quoteWith(ex, 'ba bến mới')?.speaker).toBe('Hoàng Văn Nam');
    expect(quoteWith(ex, 'ba bến mới')?.kind).toBe('direct');
    expect(quoteWith(ex, 'Giá cước sẽ được giữ')?.speaker).toBe('Lê Minh Quang');
    expect(ex.quotes.some((q) => q.text.includes('với phóng viên') || q.text.includes('tại buổi họp'))).toBe(false);
  });

  it('words without marks, and a passive credit ("được bà X chia sẻ"), are credited too', () => {
    const ex = one(
      'Ngành lúa gạo cần liên kết chặt chẽ hơn với nông dân để giữ giá ổn định. Đây là ý kiến đóng góp tại hội thảo của đại biểu Trần Văn Khôi chiều 3/5.',
      '“Chúng tôi đã chờ suốt ba năm qua và giờ mới thấy con đường được làm lại”. Những thông tin trên được bà Lý Thị Hoa chia sẻ khi gặp đoàn khảo sát.',
    );
    expect(quoteWith(ex, 'liên kết chặt chẽ hơn')?.speaker).toBe('Trần Văn Khôi');
    // The day the credit names is when the words were said.
    expect(quoteWith(ex, 'liên kết chặt chẽ hơn')?.date).toBe('2024-05-03');
    expect(quoteWith(ex, 'chờ suốt ba năm')?.speaker).toBe('Lý Thị Hoa');
    expect(ex.quotes.some((q) => q.text.includes('gặp đoàn khảo sát'))).toBe(false);
  });

  it('a dash after the quotation credits it in the same sentence', () => {
    const ex = one('"Mỗi cán bộ phải sâu sát cơ sở, lắng nghe người dân và dám chịu trách nhiệm" - Là một trong những nội dung trong phát biểu kết luận của đồng chí Bí thư Huyện ủy Phạm Quốc Khang tại hội nghị.');
    expect(quoteWith(ex, 'sâu sát cơ sở')?.speaker).toBe('Phạm Quốc Khang');
  });

  it('a group credited names no one; a document\'s content credits no speech', () => {
    const ex = one(
      'Ông Đinh Công Lực, Giám đốc Sở Tài chính, đã dự buổi cập nhật kinh tế.',
      'Lãi suất cho vay có thể giảm nhẹ trong quý tới. Đây là nhận định được các chuyên gia của Ngân hàng Bắc Á nêu tại buổi cập nhật kinh tế.',
      'Mọi cơ sở phải kiểm tra thiết bị chữa cháy mỗi tháng. Đó là nội dung tại Quyết định số 12 của Chủ tịch UBND tỉnh về phòng cháy.',
    );
    const rate = quoteWith(ex, 'Lãi suất cho vay có thể giảm');
    expect(rate).toBeDefined();
    expect(rate?.speaker).toBeNull();
    expect(quoteWith(ex, 'kiểm tra thiết bị chữa cháy')).toBeUndefined();
  });
});
