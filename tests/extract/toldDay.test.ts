import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-14');

describe('a day inside what someone tells ("chị X kể … ngày 9/6") is not when they told it', () => {
  it('the teller\'s next words are not put on the day of what she told', () => {
    const ex = one(
      'Hàng trăm hành khách phải chờ suốt đêm tại nhà ga vì nhiều chuyến bay bị lùi giờ liên tiếp.',
      'Chị Lò Thị Mai Phương, hành khách chuyến bay đi miền Trung, kể chuyến bay của chị dự kiến cất cánh lúc 20h ngày 10/6 nhưng đến 3h sáng hôm sau mới khởi hành.',
      'Theo chị Phương, nhân viên mặt đất không đưa ra được giờ bay mới và không ai phát nước uống.',
    );
    const q = quoteWith(ex, 'không đưa ra được giờ bay mới');
    expect(q?.speaker).toBe('Lò Thị Mai Phương');
    expect(q?.date).not.toBe('2025-06-10');
  });

  it('her quotation right after, in the same paragraph, is not put on that day either', () => {
    const ex = one(
      'Ngồi trên mái nhà cùng hai đứa cháu, bà Hà Thị Tươi (68 tuổi) kể nước lên rất nhanh trong đêm 11/6. "Tôi ở đây sáu mươi năm, chưa thấy năm nào nước lên nhanh như vậy", bà Tươi nói.',
    );
    expect(quoteWith(ex, 'chưa thấy năm nào nước lên')?.date).not.toBe('2025-06-11');
  });

  it('a day before the verb is still the day of the telling', () => {
    const ex = one(
      'Chiều 12/6, ông Vi Văn Sính, trưởng thôn Nà Lừa, kể với phóng viên về đêm lũ.',
      '"Nước lên tới đâu, bà con dắt nhau chạy lên đồi tới đó", ông Sính nói.',
    );
    expect(quoteWith(ex, 'bà con dắt nhau chạy lên đồi')?.date).toBe('2025-06-12');
  });
});
