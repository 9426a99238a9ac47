import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-11-05');

describe('a plea to the court: "xin HĐXX …", "xin được …", "xin nhận mức án …"', () => {
  const ex = one(
    'Chiều 4/11, TAND tỉnh tiếp tục xét xử bị cáo Hoàng Văn Kiệt về tội lừa đảo chiếm đoạt tài sản.',
    'Nói lời sau cùng, bị cáo Hoàng Văn Kiệt xin HĐXX xem xét hoàn cảnh gia đình để giảm nhẹ hình phạt.',
    'Bị cáo Kiệt cũng tỏ ra ăn năn và xin nhận mức án thấp nhất để sớm trở về chăm sóc mẹ già.',
  );

  it('reports what was pleaded for, the verb kept so it reads as a plea', () => {
    const q = quoteWith(ex, 'xem xét hoàn cảnh gia đình');
    expect(q?.speaker).toBe('Hoàng Văn Kiệt');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('xin HĐXX xem xét hoàn cảnh gia đình để giảm nhẹ hình phạt');
    expect(quoteWith(ex, 'nhận mức án thấp nhất')?.speaker).toBe('Hoàng Văn Kiệt');
  });

  it('"xin lỗi", "xin phép", "đơn xin …" and a plea named as a time ("Trước khi xin …") are no statement', () => {
    const other = one(
      'Bị cáo Hoàng Văn Kiệt xin lỗi gia đình bị hại vì những tổn thất đã gây ra cho họ.',
      'Luật sư Trần Thị Mơ xin phép chủ tọa được hỏi thêm bị cáo về số tiền đã nhận.',
      'Trước khi xin được hưởng án treo, bị cáo Kiệt đã nộp lại toàn bộ số tiền chiếm đoạt.',
      'Gia đình bị cáo đã gửi đơn xin giảm án lên tòa án cấp cao.',
    );
    expect(other.quotes).toEqual([]);
  });
});
