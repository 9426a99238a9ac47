import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-03');

describe('a delegation, a union or a bar whose head is also a family name ("Đoàn …")', () => {
  it('"Lãnh đạo Đoàn Thể thao Việt Nam mong muốn …" names no person "Đoàn Thể", nor a person called Đoàn … Thể', () => {
    const ex = one(
      'Lãnh đạo Đoàn Thể thao Việt Nam mong muốn các câu lạc bộ giữ chân huấn luyện viên trẻ.',
      'Ông Đoàn Văn Thể cho biết đội sẽ tập thêm hai buổi.',
    );
    const q = quoteWith(ex, 'giữ chân huấn luyện viên trẻ');
    expect(q?.speaker ?? null).not.toBe('Đoàn Văn Thể');
    expect(q?.speaker ?? '').not.toMatch(/^Đoàn Thể$/u);
    expect(quoteWith(ex, 'tập thêm hai buổi')?.speaker).toBe('Đoàn Văn Thể');
  });

  it('"Đoàn Đại biểu Quốc hội tỉnh …" and "Đoàn Thanh niên …" speak as bodies', () => {
    const ex = one(
      'Đoàn Đại biểu Quốc hội tỉnh Bình Minh cho rằng cần sửa luật đất đai sớm.',
      'Đoàn Thanh niên phường cho biết sẽ tổ chức ba đợt tình nguyện trong hè.',
    );
    expect(quoteWith(ex, 'cần sửa luật đất đai sớm')?.speaker).toBe('Đoàn Đại biểu Quốc hội tỉnh Bình Minh');
    expect(quoteWith(ex, 'ba đợt tình nguyện trong hè')?.speaker).toBe('Đoàn Thanh niên');
  });

  it('a lawyer of a bar is the lawyer', () => {
    const ex = one('Luật sư Tạ Quang Vĩnh (Đoàn Luật sư tỉnh Bình Minh) nhận định bị cáo có nhiều tình tiết giảm nhẹ.');
    expect(quoteWith(ex, 'nhiều tình tiết giảm nhẹ')?.speaker).toBe('Tạ Quang Vĩnh');
  });

  it('"đại biểu X – Đoàn Đại biểu Quốc hội tỉnh Y cho rằng" is the deputy, never the delegation', () => {
    const ex = one('Góp ý về dự án luật phí đường bộ, đại biểu Lê Thị Hồng Vân – Đoàn Đại biểu Quốc hội tỉnh Bình Minh cho rằng nên giao cho địa phương quyết định mức thu.');
    expect(quoteWith(ex, 'giao cho địa phương quyết định mức thu')?.speaker).toBe('Lê Thị Hồng Vân');
  });

  it('"Ông X - Sở Y cho biết" is X', () => {
    const ex = one('Ông Võ Văn Tài - Sở Tài chính tỉnh cho biết nguồn vốn đã được bố trí đủ.');
    expect(quoteWith(ex, 'nguồn vốn đã được bố trí đủ')?.speaker).toBe('Võ Văn Tài');
  });
});
