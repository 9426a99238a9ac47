import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-10-14');

describe('a town named after its rank ("TP", "TX") inside a speaker\'s title', () => {
  it('the town of a local force is not shown as the speaker when no holder is named', () => {
    const ex = one(
      'Chiều 13/10, một lãnh đạo Công an TP Uông Bí, tỉnh Quảng Ninh, cho biết đơn vị đã thu hồi ba xe máy bị mất.',
      'Lãnh đạo Công an TX Hương Trà cho biết lực lượng đã lập hai chốt kiểm soát trên quốc lộ.',
      'Trưởng Công an TP. Bỉm Sơn cho biết hai nghi phạm đã bị tạm giữ.',
    );
    for (const words of ['thu hồi ba xe máy', 'lập hai chốt kiểm soát', 'hai nghi phạm đã bị tạm giữ']) {
      const q = quoteWith(ex, words);
      expect(q).toBeDefined();
      expect(['Uông Bí', 'Hương Trà', 'Bỉm Sơn']).not.toContain(q?.speaker);
    }
  });

  it('the city the party committee leads is no person, though it bears a person\'s name', () => {
    const ex = one('Bí thư Thành ủy TP Hồ Chí Minh cho biết thành phố sẽ gửi thêm 200 tấn hàng cứu trợ.');
    expect(quoteWith(ex, 'gửi thêm 200 tấn hàng')?.speaker ?? null).toBeNull();
  });

  it('a holder named after the town, or right after a bare "TP", still speaks', () => {
    const ex = one(
      'Phó Chủ tịch UBND TP Sầm Sơn Ngô Thị Hạnh cho biết bãi tắm sẽ mở cửa trở lại từ tuần sau.',
      'Chủ tịch UBND TP Trần Quốc Lâm khẳng định thành phố không thu thêm phí vào cửa.',
    );
    expect(quoteWith(ex, 'bãi tắm sẽ mở cửa')?.speaker).toBe('Ngô Thị Hạnh');
    expect(quoteWith(ex, 'không thu thêm phí vào cửa')?.speaker).toBe('Trần Quốc Lâm');
  });
});
