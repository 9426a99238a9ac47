import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-09-16 is a Tuesday.
const one = extractOn('2025-09-16');

describe('English copy: "Khoa" and "Dinh" written without marks are names, not a faculty or a palace', () => {
  const ex = one(
    'Le Dang Khoa, head of the port authority, said container traffic rose 12 percent in August.',
    '“We will open two more berths before the new year,” Khoa said.',
    'Ships now wait less than a day to unload, according to Dinh Thi Hoa, deputy director of the terminal operator.',
  );

  it('a given name alone after the full name is that person', () => {
    expect(quoteWith(ex, 'We will open two more berths')?.speaker).toBe('Le Dang Khoa');
  });

  it('a family name opening a full name is a person', () => {
    expect(quoteWith(ex, 'Ships now wait less than a day')?.speaker).toBe('Dinh Thi Hoa');
  });
});

describe('Vietnamese copy: "Khoa" with its name is still a hospital ward', () => {
  const ex = one('Khoa Nhi Bệnh viện tỉnh cho biết đã tiếp nhận 40 trẻ mắc sởi trong tuần qua.');

  it('the ward, with its name, reports', () => {
    expect(quoteWith(ex, 'đã tiếp nhận 40 trẻ')?.speaker).toMatch(/^Khoa Nhi/u);
  });
});
