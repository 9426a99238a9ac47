import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-03');

describe('a given name that folds like a word opening sentences stays a name', () => {
  it('"Thắng" (like "Tháng"): "người này" after "bắt giữ được Thắng" is the suspect, not the victim named before', () => {
    const ex = one(
      'Ngày 3.5, Công an quận cho biết đã bắt giữ Lê Văn Thắng (45 tuổi, ngụ quận 8) để điều tra về hành vi cướp tài sản.',
      'Trước đó, đêm 29.4, Thắng mang theo dao đi quanh khu dân cư. Thắng phát hiện chị Đ.T.H đang đậu xe ô tô tại đây.',
      'Ngay sau đó, công an bắt giữ được Thắng. Tại cơ quan công an, người này khai nhận toàn bộ hành vi phạm tội như trên.',
    );
    expect(quoteWith(ex, 'toàn bộ hành vi phạm tội')?.speaker).toBe('Lê Văn Thắng');
  });

  it('"Hải" (like "hai") speaks; "Tháng 5, …" still opens a sentence and names no one', () => {
    const ex = one(
      'Bị cáo Nguyễn Văn Hải (32 tuổi) bị truy tố về tội trộm cắp tài sản.',
      'Tại phiên tòa, Hải khai rằng anh lấy chiếc xe vì cần tiền chữa bệnh cho mẹ.',
      'Tháng 5, gia đình Hải đã bồi thường cho bị hại.',
    );
    expect(quoteWith(ex, 'cần tiền chữa bệnh cho mẹ')?.speaker).toBe('Nguyễn Văn Hải');
    expect(ex.quotes.some((q) => q.speaker === 'Tháng')).toBe(false);
  });
});
