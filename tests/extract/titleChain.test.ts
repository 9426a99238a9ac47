import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-07-12');

describe('a chain of titles after a named person', () => {
  it('a title ending on a school or academy name, then another title: the named person speaks, not the name of the body', () => {
    const ex = one(
      'Ông Phạm Văn Quý, Giám đốc Trường THPT Vạn Xuân, Chủ tịch Hội Chăn nuôi, cho rằng cần mở thêm ngành chăn nuôi.',
      'Bà Đinh Thị Hoa, Giám đốc Học viện Nông nghiệp Đông Sơn, Phó Chủ tịch Hội Làm vườn, cho biết học viện tuyển thêm 200 sinh viên.',
    );
    expect(quoteWith(ex, 'cần mở thêm ngành chăn nuôi')?.speaker).toBe('Phạm Văn Quý');
    expect(quoteWith(ex, 'học viện tuyển thêm 200 sinh viên')?.speaker).toBe('Đinh Thị Hoa');
  });

  it('a longer chain (a title, a title ending on a body\'s name, a title) still goes back to the named person', () => {
    const ex = one(
      'Trong khi đó, GS-TS Hà Minh Trí, Uỷ viên Hội đồng Khoa học, Giám đốc Học viện Nông nghiệp quốc gia Vạn Xuân, Chủ tịch Hội Chăn nuôi, cho rằng cần giữ giống lợn bản địa.',
    );
    expect(quoteWith(ex, 'cần giữ giống lợn bản địa')?.speaker).toBe('Hà Minh Trí');
  });

  it('"bà X - Hiệu trưởng Trường THPT <a person\'s name>": the school bears the name, X speaks', () => {
    const ex = one(
      'Chiều 11/7, bà Đặng Thị Hòa - Hiệu trưởng Trường THPT Trần Phú, cho biết: “Năm nay trường nhận thêm hai lớp”.',
      'Ông Lê Văn Tú - Giám đốc Bệnh viện Lê Văn Thịnh cho biết bệnh viện đã tiếp nhận 40 ca sốt xuất huyết.',
    );
    expect(quoteWith(ex, 'Năm nay trường nhận thêm hai lớp')?.speaker).toBe('Đặng Thị Hòa');
    expect(quoteWith(ex, 'đã tiếp nhận 40 ca')?.speaker).toBe('Lê Văn Tú');
  });

  it('"GS-TS" and "PGS-TS" written with a hyphen are titles before a name', () => {
    const ex = one(
      'GS-TS Lương Văn Kiên cho rằng cần mở rộng vùng trồng lúa chịu mặn.',
      'PGS-TS Lê Thị Mai, giảng viên Trường ĐH Y, nói: “Cần tiêm vắc xin trước mùa mưa”.',
    );
    expect(quoteWith(ex, 'vùng trồng lúa chịu mặn')?.speaker).toBe('Lương Văn Kiên');
    expect(quoteWith(ex, 'Cần tiêm vắc xin trước mùa mưa')?.speaker).toBe('Lê Thị Mai');
  });
});
