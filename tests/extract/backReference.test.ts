import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-05-20');

describe('"X said so when …" points back at words already reported and reports nothing new', () => {
  const ex = one(
    'Ông Trần Văn Khoa, Giám đốc Sở Y tế, cho biết bệnh viện tỉnh sẽ nhận thêm 200 giường bệnh trong tháng tới.',
    'Ông Khoa cho biết như vậy chiều nay khi trả lời báo chí bên lề hội nghị.',
    'Bộ trưởng Lê Thị Hòe nhấn mạnh tinh thần này khi chủ trì hội nghị ngành y tế sáng qua.',
    'Bà Hòe cho biết điều này sẽ giúp người bệnh bớt chờ đợi.',
  );

  it('the back-reference is no statement', () => {
    expect(quoteWith(ex, 'như vậy chiều nay')).toBeUndefined();
    expect(quoteWith(ex, 'tinh thần này khi chủ trì')).toBeUndefined();
  });

  it('the words it points at, and a clause whose subject is "điều này", stay statements', () => {
    expect(quoteWith(ex, 'bệnh viện tỉnh sẽ nhận thêm 200 giường')?.speaker).toBe('Trần Văn Khoa');
    expect(quoteWith(ex, 'điều này sẽ giúp người bệnh bớt chờ đợi')?.speaker).toBe('Lê Thị Hòe');
  });
});
