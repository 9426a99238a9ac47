import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-05-21');

describe('reports of a meeting between two leaders', () => {
  it('"Tổng thống Mỹ X chào đón Thủ tướng Y, cho biết …": X, named in Latin letters, is the subject, not part of Y’s title', () => {
    const ex = one(
      'Tại Phòng Bầu dục, Tổng thống Mỹ Karl Benson chào đón Thủ tướng Trần Văn Kha, cho biết ông và Thủ tướng sẽ thảo luận về thương mại trong cuộc hội đàm.',
      'Ngoại trưởng Anh Peter Rowley mời Phó Thủ tướng Lê Văn Tám thăm London, bày tỏ mong muốn sớm ký hiệp định về giáo dục đại học.',
    );
    expect(quoteWith(ex, 'sẽ thảo luận về thương mại')?.speaker).toBe('Karl Benson');
    expect(quoteWith(ex, 'sớm ký hiệp định về giáo dục')?.speaker).toBe('Peter Rowley');
  });

  it('"Hai bên …" after a leader’s statement is what the parties did together, not that leader’s words', () => {
    const ex = one(
      'Ngoại trưởng Karl Benson tái khẳng định cam kết của phía Mỹ khắc phục hậu quả chiến tranh, nhất trí sớm triển khai dự án tẩy độc tại sân bay. Hai bên cũng đã trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm.',
    );
    expect(quoteWith(ex, 'khắc phục hậu quả chiến tranh')?.speaker).toBe('Karl Benson');
    expect(quoteWith(ex, 'các vấn đề khu vực và quốc tế')?.speaker ?? null).not.toBe('Karl Benson');
  });

  it('a bare "Thủ tướng" means the prime minister of the page, never the president named after him', () => {
    const ex = one(
      'Chiều 20/5, Thủ tướng Trần Văn Kha đã gặp Tổng thống Mỹ Karl Benson.',
      'Hai bên nhất trí duy trì trao đổi đoàn ở các cấp. Thủ tướng cho rằng quan hệ hai nước vừa qua phát triển tích cực, với trọng tâm là hợp tác kinh tế.',
      'Nhà lãnh đạo Mỹ cho rằng hai nước còn nhiều dư địa để mở rộng hợp tác trong lĩnh vực năng lượng sạch.',
    );
    expect(quoteWith(ex, 'phát triển tích cực')?.speaker).toBe('Trần Văn Kha');
    // "nhà lãnh đạo" names no office: it still stands for the president.
    expect(quoteWith(ex, 'năng lượng sạch')?.speaker).toBe('Karl Benson');
  });
});
