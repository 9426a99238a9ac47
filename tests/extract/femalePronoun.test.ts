import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('"cô" as the pronoun of a young woman named before', () => {
  it('"Cô khẳng định …", "Cô tâm sự rằng …" report the words of the woman the paragraph named', () => {
    const ex = one(
      'Ca sĩ Lý Ngọc Hân vừa trở lại sân khấu sau hai năm vắng bóng. Cô khẳng định mỗi tháng sẽ ra một bài hát tặng người hâm mộ.',
      'Nữ vận động viên Đinh Thu Thảo vừa giành huy chương vàng. Cô tâm sự rằng mình từng muốn bỏ nghề sau chấn thương năm ngoái.',
    );
    expect(quoteWith(ex, 'mỗi tháng sẽ ra một bài hát')?.speaker).toBe('Lý Ngọc Hân');
    expect(quoteWith(ex, 'từng muốn bỏ nghề')?.speaker).toBe('Đinh Thu Thảo');
  });

  it('"“…”, cô chia sẻ." after her name gives the quotation to her', () => {
    const ex = one('Diễn viên Tạ Bảo Ngọc nhận vai chính trong phim mới. “Tôi đã chờ một vai diễn như thế này suốt nhiều năm”, cô chia sẻ.');
    expect(quoteWith(ex, 'Tôi đã chờ một vai diễn')?.speaker).toBe('Tạ Bảo Ngọc');
  });

  it('"cô giáo", "cô gái" are someone else, never the woman named before', () => {
    const ex = one(
      'Ca sĩ Lý Ngọc Hân về thăm trường cũ ở quê nhà vào sáng qua.',
      'Cô giáo chủ nhiệm cũ cho biết ngày ấy Hân là học trò nghịch ngợm nhất lớp nhưng rất chăm chỉ.',
      'Một cô gái trong đoàn khán giả nói rằng cô đã xếp hàng từ năm giờ sáng để được chụp ảnh.',
    );
    expect(quoteWith(ex, 'học trò nghịch ngợm nhất lớp')?.speaker ?? null).not.toBe('Lý Ngọc Hân');
    expect(quoteWith(ex, 'xếp hàng từ năm giờ sáng')?.speaker ?? null).not.toBe('Lý Ngọc Hân');
  });
});
