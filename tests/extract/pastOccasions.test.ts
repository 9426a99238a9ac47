import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const LEDE = 'Sáng qua (14/9), TAND Cấp cao tại Hà Nội mở phiên phúc thẩm xét xử bị cáo Đinh Quốc Lương cùng 3 đồng phạm về tội lừa đảo.';

describe('an earlier occasion a person was part of does not date their words at the hearing the report is about', () => {
  it('a sentence telling the person was sentenced months before is not when they spoke', () => {
    const ex = extractArticle([
      LEDE,
      'Tại phiên sơ thẩm hồi tháng 2/2024, TAND tỉnh Hải Dương tuyên phạt Đinh Quốc Lương 15 năm tù.',
      'Kháng cáo xin giảm án, bị cáo Lương cho rằng mức án 15 năm là quá nặng so với vai trò của mình.',
    ], { published: '2024-09-15' });
    expect(quoteWith(ex, 'quá nặng so với vai trò')?.date).toBe('2024-09-14');
  });

  it('words said once before ("từng khẳng định") keep their day, and the person\'s later words take the hearing\'s', () => {
    const ex = extractArticle([
      LEDE,
      'Hồi tháng 2, Lương từng khẳng định trước tòa: "Tôi không giữ đồng nào của khách hàng."',
      'Trong phần tranh luận, bị cáo xin nhận toàn bộ trách nhiệm. "Các nhân viên chỉ làm theo lời tôi", bị cáo Lương nói.',
    ], { published: '2024-09-15' });
    expect(quoteWith(ex, 'không giữ đồng nào')?.date).toBe('2024-02');
    expect(quoteWith(ex, 'chỉ làm theo lời tôi')?.date).toBe('2024-09-14');
  });
});
