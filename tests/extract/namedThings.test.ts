import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-05-20');

/** Every statement whose words hold `words`, whatever its kind. */
function holding(ex: Extraction, words: string) {
  return ex.quotes.filter((q) => q.text.includes(words));
}

describe('the quoted name of an event, a show or a charge is nobody’s words', () => {
  it('a seminar’s title after "tọa đàm" is neither a quotation nor part of the words reported about it', () => {
    const ex = one(
      'Chiều 19/5, ông Trần Văn Khải, Phó chủ tịch UBND tỉnh, nhấn mạnh tọa đàm “Nông nghiệp xanh: Hướng đi bền vững cho vùng cao” có ý nghĩa thiết thực với nông dân trong tỉnh.',
    );
    expect(holding(ex, 'Nông nghiệp xanh')).toEqual([]);
    const said = quoteWith(ex, 'có ý nghĩa thiết thực với nông dân');
    expect(said?.speaker).toBe('Trần Văn Khải');
    expect(said?.kind).toBe('indirect');
    // What the seminar is stays findable and shown: in the sentence the statement cites.
    expect(said?.excerpt).toContain('Nông nghiệp xanh');
  });

  it('a charge after "về hành vi" ends the words the police report', () => {
    const ex = one(
      'Ngày 19/5, Công an tỉnh Sơn La cho biết, Cơ quan Cảnh sát điều tra đã khởi tố 4 bị can về hành vi "Cưỡng đoạt tài sản của người khác" qua mạng xã hội, với thủ đoạn đe dọa tung ảnh.',
    );
    expect(holding(ex, 'Cưỡng đoạt tài sản')).toEqual([]);
    expect(quoteWith(ex, 'đã khởi tố 4 bị can')?.text).toMatch(/khởi tố 4 bị can$/u);
  });

  it('a show named after "MV" or "hội thảo" is no quotation', () => {
    const ex = one(
      'Nữ ca sĩ Lê Thu Hà vừa ra mắt MV “Mưa qua phố cũ” sau hai năm vắng bóng.',
      'Hội thảo “Chuyển đổi số trong giáo dục vùng khó” thu hút hơn 300 giáo viên tham dự.',
    );
    expect(holding(ex, 'Mưa qua phố cũ')).toEqual([]);
    expect(holding(ex, 'Chuyển đổi số')).toEqual([]);
  });
});

describe('quoted words that are said stay the speaker’s words', () => {
  it('a quotation after a reporting verb, even when an event is named before it', () => {
    const ex = one('Tại hội thảo, ông Trần Văn Khải nói: “Chúng tôi sẽ hỗ trợ nông dân chuyển sang canh tác hữu cơ”.');
    expect(quoteWith(ex, 'Chúng tôi sẽ hỗ trợ nông dân')?.speaker).toBe('Trần Văn Khải');
  });

  it('a quotation that opens on the noun of an event is the speaker’s whole sentence', () => {
    const ex = one('Bà Lê Thu Hà cho biết: “Hội thảo năm nay có nhiều giáo viên vùng cao tham dự hơn mọi năm”.');
    expect(quoteWith(ex, 'Hội thảo năm nay có nhiều giáo viên')?.speaker).toBe('Lê Thu Hà');
  });

  it('an indirect report with no name in it keeps all its words', () => {
    const ex = one('Ông Trần Văn Khải cho biết tỉnh sẽ hỗ trợ giống cây trồng cho 500 hộ dân trong năm nay.');
    expect(quoteWith(ex, 'tỉnh sẽ hỗ trợ giống cây trồng')?.text).toBe('tỉnh sẽ hỗ trợ giống cây trồng cho 500 hộ dân trong năm nay');
  });
});

describe('a list of quoted names continues the first', () => {
  it('every charge of "các tội “…”, “…” và “…”" is no quotation', () => {
    const ex = one(
      'Tối 19/5, Công an tỉnh Sơn La cho biết đã bắt tạm giam Lò Văn Sáng để điều tra về các tội "Giết người", "Cướp tài sản" và "Chống người thi hành công vụ".',
    );
    expect(ex.quotes.filter((q) => /Cướp tài sản|Chống người thi hành/u.test(q.text))).toEqual([]);
    expect(quoteWith(ex, 'đã bắt tạm giam Lò Văn Sáng')?.speaker).toBe('Công an tỉnh Sơn La');
  });

  it('a list of things someone said stays their words', () => {
    const ex = one('Ông Trần Văn Khải nói: “Chúng tôi đã làm hết sức”, “Không ai bị bỏ lại phía sau” và “Mọi người đều an toàn”.');
    expect(quoteWith(ex, 'Không ai bị bỏ lại phía sau')?.speaker).toBe('Trần Văn Khải');
    expect(quoteWith(ex, 'Mọi người đều an toàn')?.speaker).toBe('Trần Văn Khải');
  });
});

describe('a law is no person', () => {
  it('"ông Phong" is not the "Phòng" of a law named earlier', () => {
    const ex = one(
      'Các đại biểu thảo luận về dự thảo Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ.',
      'Ông Phong cho biết thành phố sẽ tập trung giải quyết những bức xúc của người dân về ngập nước.',
    );
    expect(quoteWith(ex, 'tập trung giải quyết những bức xúc')?.speaker).toBe('Phong');
  });
});
