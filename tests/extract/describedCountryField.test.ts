import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2026-03-02');
const speaker = (ex: ReturnType<typeof one>, words: string) => quoteWith(ex, words)?.speaker ?? null;

describe('a description resolves only to someone it describes: country, field, named before, an office', () => {
  it('"nhà lãnh đạo Mỹ" is the "Tổng thống Hoa Kỳ", not the prime minister named with him', () => {
    const ex = one(
      'Chiều 4/3, Thủ tướng Phan Minh Khoa đã hội kiến Tổng thống Hoa Kỳ Jonah Pellerin.',
      'Thủ tướng cho rằng quan hệ hai nước đang phát triển tốt đẹp.',
      'Nhà lãnh đạo Mỹ cho rằng hai nước còn nhiều dư địa để hợp tác về năng lượng sạch.',
    );
    expect(speaker(ex, 'nhiều dư địa để hợp tác')).toBe('Jonah Pellerin');
  });

  it('"người đứng đầu ngành ngoại giao Mỹ" is the Ngoại trưởng, not a leader of another office', () => {
    const ex = one(
      'Tổng thống Hoa Kỳ Jonah Pellerin hôm qua điện đàm với Thủ tướng Phan Minh Khoa.',
      'Ngoại trưởng Mỹ Walter Brisbane cũng tham dự cuộc điện đàm.',
      'Người đứng đầu ngành ngoại giao Mỹ cho biết: "Hai nước sẽ sớm ký hiệp định mới".',
    );
    expect(speaker(ex, 'sớm ký hiệp định mới')).toBe('Walter Brisbane');
  });

  it('"người đứng đầu ngành LĐ-TB&XH" is never the Prime Minister the article names only further on', () => {
    const ex = one(
      'Bộ trưởng Lao động - Thương binh và Xã hội Trần Văn Khải sáng nay dự hội nghị tổng kết.',
      'Người đứng đầu ngành LĐ-TB&XH nhấn mạnh: “Chúng ta phải bảo đảm không người lao động nào bị bỏ lại phía sau”.',
      'Phát biểu bế mạc, Thủ tướng Lê Quang Điền đề nghị các địa phương tiếp tục hỗ trợ người lao động.',
    );
    expect(speaker(ex, 'không người lao động nào bị bỏ lại')).not.toBe('Lê Quang Điền');
  });

  it('"vị lãnh đạo này" is never the suspect of a police story', () => {
    const ex = one(
      'Công an tỉnh đã khởi tố bị can Đỗ Văn Hùng về tội lừa đảo chiếm đoạt tài sản.',
      'Theo cơ quan điều tra, Hùng đã nhận tiền của nhiều người rồi bỏ trốn.',
      '"Chúng tôi sẽ xử lý nghiêm mọi hành vi vi phạm", vị lãnh đạo này cho hay.',
    );
    expect(speaker(ex, 'xử lý nghiêm mọi hành vi')).toBeNull();
  });

  it('"vị lãnh đạo này" still stands for the official who holds an office', () => {
    const ex = one(
      'Ông Vũ Đình Lâm, Phó Chủ tịch UBND tỉnh, đã kiểm tra công tác phòng chống lụt bão.',
      '"Chúng tôi sẽ di dời toàn bộ người dân vùng trũng trước đêm nay", vị lãnh đạo này cho hay.',
    );
    expect(speaker(ex, 'di dời toàn bộ người dân')).toBe('Vũ Đình Lâm');
  });
});
