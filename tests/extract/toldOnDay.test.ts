import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-14');
const LEDE = 'Sáng 10/6, Ban quản lý khu du lịch hồ Đá Bạc công bố giới hạn lượng khách tại buổi làm việc với các doanh nghiệp lữ hành.';

describe('"X nói với phóng viên hôm qua rằng …": a day between the verb and "rằng" is when X spoke', () => {
  it('the words are dated by that day, not by the lede\'s occasion', () => {
    const ex = one(LEDE, 'Ông Lý Văn Sâm, nay đã nghỉ hưu, nói với phóng viên qua điện thoại hôm qua rằng con số 500 khách mỗi ngày vẫn còn cao.');
    expect(quoteWith(ex, 'con số 500 khách mỗi ngày')?.date).toBe('2025-06-13');
  });

  it('"khẳng định trong cuộc phỏng vấn hôm 12/6 rằng …" is dated 12/6', () => {
    const ex = one(LEDE, 'Bà Đàm Thị Nguyệt khẳng định trong cuộc phỏng vấn hôm 12/6 rằng doanh nghiệp sẽ hoàn tiền cho khách đã đặt vé.');
    expect(quoteWith(ex, 'hoàn tiền cho khách')?.date).toBe('2025-06-12');
  });

  it('a day inside what was said, with no "rằng" after it, does not date the words', () => {
    const ex = one(LEDE, 'Ông Lý Văn Sâm cho biết hồ đã đóng cửa hôm 12/6 vì mưa lớn.');
    expect(quoteWith(ex, 'hồ đã đóng cửa')?.date).not.toBe('2025-06-12');
  });
});
