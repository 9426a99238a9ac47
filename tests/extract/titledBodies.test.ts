import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-14');

describe('a speaker described by two titles between commas, the second naming a body', () => {
  it('"Ông X, <title>, <title> Công ty … <Body>, nói, …" is X, never the body', () => {
    const ex = one('Ông Trần Văn Bảo, Phó chủ tịch Hiệp hội Gỗ, Chủ tịch HĐQT Công ty CP Chế biến gỗ Minh Phát, khiêm tốn nói, đơn hàng quý này tăng mạnh do nền so sánh thấp.');
    expect(quoteWith(ex, 'đơn hàng quý này tăng mạnh')?.speaker).toBe('Trần Văn Bảo');
  });

  it('likewise with "cho biết" after the second title', () => {
    const ex = one('Bà Lương Thị Hòa, Ủy viên Ban chấp hành Hội Dệt may, Giám đốc Công ty TNHH May thêu xuất khẩu Ánh Dương, cho biết công ty đã kín đơn hàng đến cuối năm.');
    expect(quoteWith(ex, 'kín đơn hàng đến cuối năm')?.speaker).toBe('Lương Thị Hòa');
  });

  it('one title naming a body is still its holder’s (unchanged)', () => {
    const ex = one('Ông Phạm Quốc Đạt, Chủ tịch HĐQT Công ty CP Nhựa Hưng Thịnh, cho biết, sản lượng quý hai sẽ tăng.');
    expect(quoteWith(ex, 'sản lượng quý hai sẽ tăng')?.speaker).toBe('Phạm Quốc Đạt');
  });
});

describe('a title split by a comma into a unit and its parent body, right before the verb', () => {
  it('"Ông X, Phó Giám đốc Ban Y, Bộ Z cho biết: “…”" is X, never the ministry', () => {
    const ex = one('Ông Hồ Văn Nam, Phó Giám đốc Ban Quản lý dự án 3, Bộ Xây dựng cho biết: “Nhà thầu đã huy động thêm hai mũi thi công”.');
    expect(quoteWith(ex, 'huy động thêm hai mũi thi công')?.speaker).toBe('Hồ Văn Nam');
  });

  it('likewise after a dash between the name and the title', () => {
    const ex = one('Ông Lê Văn Tâm - Phó Giám đốc Ban Quản lý dự án 3, Bộ Xây dựng cho biết: “Chúng tôi sẽ thông xe cầu vượt trong tháng 6”.');
    expect(quoteWith(ex, 'thông xe cầu vượt')?.speaker).toBe('Lê Văn Tâm');
  });

  it('likewise with the dash written against the name', () => {
    const ex = one('Ông Đỗ Văn Minh- Phó Giám đốc Ban Quản lý bảo trì đường bộ, Sở Giao thông tỉnh cho biết: “Mặt đường sẽ được thảm lại trong tuần tới”.');
    expect(quoteWith(ex, 'thảm lại trong tuần tới')?.speaker).toBe('Đỗ Văn Minh');
  });

  it('a person the opening phrase works with is not the subject: the body speaks', () => {
    const ex = one('Sau buổi làm việc với ông Đinh Văn Khuê, Phó Giám đốc Ban Quản lý dự án 3, Bộ Xây dựng cho biết sẽ điều chỉnh tiến độ cầu vượt.');
    expect(quoteWith(ex, 'điều chỉnh tiến độ cầu vượt')?.speaker ?? null).not.toBe('Đinh Văn Khuê');
  });
});
