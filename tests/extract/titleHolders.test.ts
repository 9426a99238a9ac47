import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-18');

describe('a person introduced with a title and a company speaks, not the company', () => {
  it('"ông X - Kinh tế trưởng Tập đoàn Y cho biết …" is X', () => {
    const ex = one('Ông Peter Lindahl - Kinh tế trưởng Tập đoàn NordCapital cho biết, lãi suất sẽ còn giảm trong quý tới.');
    expect(quoteWith(ex, 'lãi suất sẽ còn giảm')?.speaker).toBe('Peter Lindahl');
  });

  it('the English "chief economist" is a title too', () => {
    const ex = one('Anna Sørby, chief economist at Nordlys Bank, said rates would fall again next quarter.');
    expect(quoteWith(ex, 'rates would fall again')?.speaker).toBe('Anna Sørby');
  });
});

describe('a title before a company written as one word is nobody named by it', () => {
  it('"Theo chuyên gia NordCapital, …" names no person "NordCapital"', () => {
    const ex = one('Theo chuyên gia NordCapital, giá vàng có thể còn tăng trong vài tháng tới.');
    expect(quoteWith(ex, 'giá vàng có thể còn tăng')?.speaker ?? null).toBeNull();
  });

  it('a later "vị chuyên gia" is not the company either', () => {
    const ex = one(
      'Theo chuyên gia NordCapital, giá vàng có thể còn tăng trong vài tháng tới.',
      'Qua đó, vị chuyên gia cho hay, giá bạc cũng đã tăng hơn 10% kể từ đầu năm.',
    );
    expect(quoteWith(ex, 'giá bạc cũng đã tăng')?.speaker ?? null).not.toBe('NordCapital');
  });

  it('"Chủ tịch KLBank nói" after the chair was named is the chair, not a person called "KLBank"', () => {
    const ex = one(
      'Ông Lâm Quốc Triều, Chủ tịch Hội đồng quản trị KLBank, cho biết ngân hàng sẽ mở thêm 20 chi nhánh.',
      '"Chúng tôi không chạy theo quy mô mà chạy theo chất lượng tín dụng", Chủ tịch KLBank nói.',
    );
    expect(quoteWith(ex, 'không chạy theo quy mô')?.speaker).toBe('Lâm Quốc Triều');
  });

  it('with no chair named before, "CEO TQHoldings khẳng định" names no one', () => {
    const ex = one('"Doanh thu quý này sẽ vượt kế hoạch", CEO TQHoldings khẳng định.');
    expect(quoteWith(ex, 'Doanh thu quý này')?.speaker ?? null).not.toBe('TQHoldings');
  });

  it('a foreign surname with a capital inside is still a name', () => {
    const ex = one('Giám đốc MacArthur cho biết nhà máy sẽ mở thêm hai dây chuyền.', 'CEO McDowell nói rằng công ty không có kế hoạch sa thải.');
    expect(quoteWith(ex, 'mở thêm hai dây chuyền')?.speaker).toBe('MacArthur');
    expect(quoteWith(ex, 'không có kế hoạch sa thải')?.speaker).toBe('McDowell');
  });
});

describe('"kể" in "đáng kể", "kể từ", "kể cả" reports nothing', () => {
  it('a body named in the clause before "không đáng kể" is not a speaker', () => {
    const ex = one('Cụ thể, Công ty Chứng khoán Sao Bắc cho rằng trong ngắn hạn, việc FTA có hiệu lực chỉ có tác động không đáng kể do hai nguyên nhân.');
    expect(ex.quotes.map((q) => q.speaker).filter((s) => s === 'FTA')).toEqual([]);
  });

  it('"kể từ" and "kể cả" start no report, while "bà X kể rằng" still does', () => {
    const ex = one(
      'Giá điện đã tăng gần 10% kể từ đầu năm, kể cả giá cho hộ kinh doanh.',
      'Bà Lò Thị Mai kể rằng cả xóm đã thức trắng đêm để chống lũ.',
    );
    expect(quoteWith(ex, 'đầu năm')).toBeUndefined();
    expect(quoteWith(ex, 'thức trắng đêm')?.speaker).toBe('Lò Thị Mai');
  });
});

describe('the period of "TP." before a city ends no subject', () => {
  it('"ông X - Chủ tịch UBND TP. Y, chia sẻ: “…”" is X', () => {
    const ex = one('Phát biểu khai mạc, ông Đinh Quang Huy - Chủ tịch UBND TP. Cẩm Giang, chia sẻ: “Hội chợ năm nay đón gấp đôi số gian hàng so với năm trước.”');
    expect(quoteWith(ex, 'đón gấp đôi số gian hàng')?.speaker).toBe('Đinh Quang Huy');
  });
});

describe('a title after "được"/"bị" is the agent of a passive, not the next name\'s title', () => {
  it('"được đại biểu chất vấn, Giám đốc X cho hay": a later "đại biểu đề nghị" is not X', () => {
    const ex = one(
      'Về các dự án treo được đại biểu chất vấn, Giám đốc Sở Xây dựng Lương Văn Khải cho hay 12 dự án đã được rà soát.',
      'Về công tác phòng cháy, đại biểu đề nghị Giám đốc Công an tỉnh Vi Văn Đức trả lời về việc ba công trình vi phạm.',
    );
    expect(quoteWith(ex, '12 dự án đã được rà soát')?.speaker).toBe('Lương Văn Khải');
    expect(quoteWith(ex, 'ba công trình vi phạm')?.speaker ?? null).toBeNull();
  });
});

describe('a title, when it was held, then its holder after "là"', () => {
  it('"Tổng giám đốc hãng X khi đó là ông Y từng tuyên bố: …" is Y, not the title', () => {
    const ex = one(
      'Năm ngoái, khi hãng cũng để chậm hàng loạt chuyến dịp Tết, Tổng giám đốc Cánh Bạc Airlines khi đó là ông Lạc Văn Toàn từng tuyên bố: "Sẽ không còn hành khách nào phải ngủ lại sân bay vì chúng tôi".',
    );
    expect(quoteWith(ex, 'ngủ lại sân bay')?.speaker).toBe('Lạc Văn Toàn');
  });

  it('"lãnh đạo huyện khi ấy là bà Y cho biết …" is Y', () => {
    const ex = one('Năm 2019, lãnh đạo huyện khi ấy là bà Đinh Thị Mận cho biết bãi rác sẽ đóng cửa sau ba năm.');
    expect(quoteWith(ex, 'bãi rác sẽ đóng cửa')?.speaker).toBe('Đinh Thị Mận');
  });
});

