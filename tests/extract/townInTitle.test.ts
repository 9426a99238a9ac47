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

describe('a holder named right after a bare "tỉnh" in a title, the province being the article\'s own', () => {
  it('the full name after "UBND tỉnh" is the speaker, and the later "ông X" is the same person', () => {
    const ex = one(
      'Phiên họp do Chủ tịch UBND tỉnh Trịnh Quang Vĩnh chủ trì.',
      'Phó Chủ tịch UBND tỉnh Vương Đức Toàn cho biết còn 17 hộ chưa nhận tiền bồi thường.',
      '"Chúng tôi sẽ đối thoại với từng hộ", ông Toàn nói.',
      'Kết luận phiên họp, Chủ tịch UBND tỉnh Trịnh Quang Vĩnh yêu cầu các sở hoàn tất giải phóng mặt bằng trước tháng 6.',
    );
    expect(quoteWith(ex, 'còn 17 hộ chưa nhận')?.speaker).toBe('Vương Đức Toàn');
    expect(quoteWith(ex, 'đối thoại với từng hộ')?.speaker).toBe('Vương Đức Toàn');
    expect(quoteWith(ex, 'hoàn tất giải phóng mặt bằng')?.speaker).toBe('Trịnh Quang Vĩnh');
  });

  it('a province the gazetteer knows still comes before the holder', () => {
    const ex = one('Chủ tịch UBND tỉnh Thái Bình Lạc Văn Khiêm cho biết tỉnh sẽ mở thêm hai tuyến xe buýt.');
    expect(quoteWith(ex, 'mở thêm hai tuyến xe buýt')?.speaker).toBe('Lạc Văn Khiêm');
  });

  it('a ward or a district bearing a person\'s name is no speaker', () => {
    const ex = one(
      'Chủ tịch UBND phường Lê Đại Hành cho biết phường sẽ lắp thêm đèn chiếu sáng trên ba tuyến phố.',
      'Chủ tịch UBND huyện Trần Văn Thời cho biết huyện đã sơ tán 300 hộ dân.',
    );
    expect(quoteWith(ex, 'lắp thêm đèn chiếu sáng')?.speaker ?? null).toBeNull();
    expect(quoteWith(ex, 'sơ tán 300 hộ dân')?.speaker ?? null).toBeNull();
  });
});
