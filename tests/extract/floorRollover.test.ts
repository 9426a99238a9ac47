import { describe, expect, it } from 'vitest';
import { extractOn } from '../helpers/articles.js';

const undated = extractOn(null);
const datesOf = (...paragraphs: string[]) => undated(...paragraphs).events.map((e) => e.date);

describe('on an undated page, a year-less day is put in the year after the floor only just after it', () => {
  it('a day months before the floor month stays year-less, not a year on', () => {
    const dates = datesOf('Sáng 15/01, Sở Công Thương tỉnh Hà Giang họp giao ban để triển khai nhiệm vụ tháng 03/2021 và bàn về giá điện.');
    expect(dates).toContain('--01-15');
    expect(dates).not.toContain('2022-01-15');
  });

  it('a day just into the new year after the floor still takes the next year', () => {
    const dates = datesOf(
      'Ngày 20/12/2020, huyện khởi công cầu dân sinh qua suối Nậm Mu.',
      'Sáng 5/1, cây cầu được hợp long sau 16 ngày thi công.',
    );
    expect(dates).toContain('2021-01-05');
  });

  it('a day after the floor in its year takes its year', () => {
    const dates = datesOf(
      'Ngày 3/4/2021, huyện khởi công cầu dân sinh qua suối Nậm Mu.',
      'Sáng 14/10, cây cầu được hợp long sau nửa năm thi công.',
    );
    expect(dates).toContain('2021-10-14');
  });
});
