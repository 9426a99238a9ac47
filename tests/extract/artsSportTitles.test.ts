import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a title of the arts or of sport before a name', () => {
  it('"Đạo diễn X …" makes a name with no family name a person: the bare name later reports X’s words', () => {
    const ex = one(
      'Đạo diễn Ngọc Khuê vừa giới thiệu bộ phim mới quay ở vùng núi phía Bắc.',
      'Ngọc Khuê cho biết, đoàn phim mất ba tháng để quay xong các cảnh trên đỉnh đèo.',
    );
    const a = quoteWith(ex, 'đoàn phim mất ba tháng');
    expect(a?.speaker).toBe('Ngọc Khuê');
    expect(a?.kind).toBe('indirect');
  });

  it('a goalkeeper or a songwriter named after the quotation speaks it', () => {
    const ex = one(
      '“Cả đội đã chơi hết sức mình trong hiệp hai và xứng đáng có điểm”, thủ môn Quốc Thiên nói sau trận.',
      'Nhạc sĩ Bảo Trâm chia sẻ: “Tôi viết ca khúc này trong một đêm mưa ở quê nhà”.',
    );
    expect(quoteWith(ex, 'Cả đội đã chơi hết sức mình')?.speaker).toBe('Quốc Thiên');
    expect(quoteWith(ex, 'Tôi viết ca khúc này')?.speaker).toBe('Bảo Trâm');
  });

  it('a trade a whole group shares is no title: "Thương lái …" does not stop the statement it follows', () => {
    const ex = one('Ông Đào Văn Khiêm cho biết giá lúa đã giảm ba tuần liền. Thương lái thường ép giá vào lúc thu hoạch rộ.');
    expect(quoteWith(ex, 'Thương lái thường ép giá')?.speaker).toBe('Đào Văn Khiêm');
  });
});

describe('speech named as a thing', () => {
  it('"… có nhiều chia sẻ." after the names gives no statement of the sentence before it', () => {
    const ex = one('Trong buổi ra mắt phim tối qua, đạo diễn Lưu Gia Bảo cùng nhà sản xuất Trịnh Mỹ Linh có nhiều chia sẻ.');
    expect(ex.quotes).toHaveLength(0);
  });

  it('"X đã có những chia sẻ của mình sau trận" gives no words, and the quotation after it is X’s', () => {
    const ex = one(
      'Tiền vệ Phan Đức Mạnh đã có những chia sẻ của mình sau trận thắng tối qua.',
      '“Tôi rất vui vì cả đội đã chơi đúng những gì ban huấn luyện dặn dò”.',
    );
    expect(quoteWith(ex, 'của mình sau trận')).toBeUndefined();
    expect(quoteWith(ex, 'Tôi rất vui vì cả đội')?.speaker).toBe('Phan Đức Mạnh');
  });
});

describe('whose words they are', () => {
  it('"Những người bạn của anh kể rằng …" are the friends’ words, never the man’s', () => {
    const ex = one(
      'Nhà văn Đỗ Quang Vinh trở lại Huế sau mười năm sống ở nước ngoài.',
      'Những người bạn của anh ở Huế kể rằng mọi thứ trong thành phố đã thay đổi nhiều.',
    );
    expect(quoteWith(ex, 'mọi thứ trong thành phố đã thay đổi')?.speaker ?? null).not.toBe('Đỗ Quang Vinh');
  });

  it('"Trước chia sẻ của X, Y …: “…”" does not give the quotation to X', () => {
    const ex = one(
      'Nhạc sĩ Khổng Minh Đạt kể anh từng bỏ hết mười bài hát để viết lại từ đầu.',
      'Trước chia sẻ của Khổng Minh Đạt, nữ ca sĩ dành nhiều lời khen và mong anh tự tin hơn: “Anh cứ hát đi, khán giả sẽ thương anh”.',
    );
    expect(quoteWith(ex, 'Anh cứ hát đi')?.speaker ?? null).not.toBe('Khổng Minh Đạt');
  });
});
