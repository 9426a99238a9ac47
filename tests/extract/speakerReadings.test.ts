import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// Sentences written for these tests: people, bodies and places of them are invented or generic.
const one = extractOn('2024-09-05');

describe('"Theo X, Y <verb> …": X relays what Y said', () => {
  it('the words after Y\'s verb are Y\'s, not the relayer\'s', () => {
    const ex = one('Theo bà Đỗ Thị Lan, ông Vũ Quang Minh thừa nhận nhà trường đã thu sai quy định và hứa sẽ hoàn lại tiền cho phụ huynh.');
    const q = quoteWith(ex, 'nhà trường đã thu sai quy định');
    expect(q?.speaker).toBe('Vũ Quang Minh');
    expect(q?.text).toBe('nhà trường đã thu sai quy định và hứa sẽ hoàn lại tiền cho phụ huynh');
  });

  it('with no verb of Y\'s, the sentence stays X\'s account', () => {
    const ex = one('Theo bà Đỗ Thị Lan, ông Vũ Quang Minh là người ký quyết định thu tiền của phụ huynh.');
    expect(quoteWith(ex, 'là người ký quyết định')?.speaker).toBe('Đỗ Thị Lan');
  });
});

describe('a short name the article gives a body in brackets', () => {
  const ex = one(
    'Sáng 12/3, Công ty Cổ phần Thực phẩm Hồng Lam (Lamfood) tổ chức đại hội cổ đông thường niên.',
    'Bà Tạ Thị Ngân – Tổng giám đốc Lamfood cho biết năm nay doanh thu sẽ khó tăng mạnh.',
    'CEO Lamfood cho biết giá nguyên liệu có thể còn biến động nhiều trong quý tới.',
  );

  it('after a title it names whose title it is: "CEO Lamfood" is the company\'s chief executive, not a person "Lamfood"', () => {
    expect(quoteWith(ex, 'giá nguyên liệu')?.speaker).toBe('Tạ Thị Ngân');
  });

  it('no speaker is ever called by the body\'s short name', () => {
    expect(ex.quotes.map((q) => q.speaker)).not.toContain('Lamfood');
  });
});

describe('a hospital\'s name, and a place that opens with a word of address', () => {
  it('"Phó giám đốc Bệnh viện đa khoa Bà Điểm" is no one called "Bệnh", nor a woman called "Điểm"', () => {
    const ex = one('Phó giám đốc Bệnh viện đa khoa Bà Điểm nhấn mạnh ca mổ nào cũng phải có hai bác sĩ trực.');
    const speaker = quoteWith(ex, 'ca mổ nào cũng phải có')?.speaker ?? null;
    expect(speaker).not.toBe('Bệnh');
    expect(speaker).not.toBe('Điểm');
  });

  it('a province whose name opens with "Bà" is no woman a later "bà" could mean', () => {
    const ex = one(
      'Đoàn kiểm tra của Bộ Xây dựng đã đến Bà Rịa - Vũng Tàu từ sáng hôm qua.',
      '“Mọi công trình đều phải được rà soát lại trước mùa mưa năm nay”, bà nói.',
    );
    expect(quoteWith(ex, 'Mọi công trình')?.speaker ?? null).toBeNull();
  });

  it('the director named after a hospital of two words is the person, not "Bạch Mai Lưu Văn Định"', () => {
    const ex = one('Giám đốc Bệnh viện Bạch Mai Lưu Văn Định cho biết bệnh viện đã tăng thêm giường hồi sức.');
    expect(quoteWith(ex, 'tăng thêm giường hồi sức')?.speaker).toBe('Lưu Văn Định');
  });
});

describe('a name written family name first, without hyphens', () => {
  it('"ông Kang" after "HLV Kang Min Soo" is him: his full name, not a bare surname', () => {
    const ex = one(
      '“Các cầu thủ đã chơi đúng những gì chúng tôi chuẩn bị trong cả tuần qua”, HLV Kang Min Soo nói sau trận.',
      '“Tôi chưa biết chấn thương của tiền đạo nặng đến đâu, phải chờ bác sĩ kiểm tra”, ông Kang cho biết thêm.',
    );
    expect(quoteWith(ex, 'chấn thương của tiền đạo')?.speaker).toBe('Kang Min Soo');
  });

  it('a Vietnamese name is never called by its family name: "ông Trần" is not "Trần Văn Hải"', () => {
    const ex = one(
      'Ông Trần Văn Hải cho biết đơn vị đã hoàn thành kế hoạch năm.',
      '“Chúng tôi sẽ tiếp tục mở rộng sản xuất trong năm tới”, ông Trần nói.',
    );
    expect(quoteWith(ex, 'mở rộng sản xuất')?.speaker ?? null).not.toBe('Trần Văn Hải');
  });
});

describe('a title, "của" its body, then the holder\'s full name', () => {
  it('"Chủ tịch HĐQT của HLG Tô Minh Nhật cho rằng …" is Tô Minh Nhật speaking', () => {
    const ex = one('Chủ tịch HĐQT của HLG Tô Minh Nhật cho rằng không thể lấy lợi nhuận một quý để đặt kế hoạch cho cả năm.');
    expect(quoteWith(ex, 'lợi nhuận một quý')?.speaker).toBe('Tô Minh Nhật');
  });

  it('"cố vấn của ông X cho biết" still names no one: X only owns the title', () => {
    const ex = one('Cố vấn của ông Tô Minh Nhật cho biết hội đồng quản trị sẽ họp lại vào tuần tới.');
    expect(quoteWith(ex, 'hội đồng quản trị sẽ họp lại')?.speaker ?? null).not.toBe('Tô Minh Nhật');
  });
});

describe('"nhà cầm quân" is what the sports press calls a coach', () => {
  it('the coach named just before is the one meant', () => {
    const ex = one(
      'Sau trận, HLV Oh Dae-sung nhận toàn bộ trách nhiệm về thất bại của đội khách.',
      'Nhà cầm quân người Hàn Quốc nói: “Các cầu thủ đã cố gắng, nhưng chúng tôi chưa quen với mặt sân cứng như thế này”.',
    );
    expect(quoteWith(ex, 'chưa quen với mặt sân')?.speaker).toBe('Oh Dae-sung');
  });
});
