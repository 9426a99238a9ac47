import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-04-07');

describe('"với …," after a reporting verb opens the words when it is a circumstance, not whom they were told to', () => {
  it('after the verb\'s comma, or as an abstract or counted phrase, it is part of the reported words', () => {
    const ex = one(
      'Chiều 6/4, Sở Xây dựng tỉnh Hòa Lâm tổ chức họp báo về tiến độ các công trình trọng điểm.',
      'Giám đốc Sở Xây dựng Tạ Văn Khiêm cho biết, với sự phối hợp chặt chẽ của các nhà thầu, đến nay cầu vượt sông Lam Đông đã hoàn thành 80% khối lượng.',
      'Ông Khiêm khẳng định với những công trình chậm tiến độ, sở sẽ kiến nghị thay thế nhà thầu ngay trong quý II.',
    );
    expect(quoteWith(ex, 'đã hoàn thành 80% khối lượng')).toMatchObject({ speaker: 'Tạ Văn Khiêm', kind: 'indirect' });
    expect(quoteWith(ex, 'kiến nghị thay thế nhà thầu')).toMatchObject({ speaker: 'Tạ Văn Khiêm', kind: 'indirect' });
  });

  it('whom the words were told to is no part of them', () => {
    const ex = one(
      'Sáng 6/4, ca sĩ Mai Thùy Dương về thăm trường cũ ở Hòa Lâm.',
      'Cô chia sẻ với các bạn sinh viên, những người đã ngồi chờ từ sáng sớm trong hội trường.',
      'Ca sĩ Mai Thùy Dương nói với phóng viên, khán giả trẻ ở quê là những người cô nợ nhiều nhất.',
    );
    expect(quoteWith(ex, 'ngồi chờ từ sáng sớm')).toBeUndefined();
    expect(quoteWith(ex, 'các bạn sinh viên')).toBeUndefined();
    expect(quoteWith(ex, 'với phóng viên')).toBeUndefined();
  });
});
