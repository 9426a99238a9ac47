import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

// Sentences written for these tests: their people are invented.
const extract = (paragraphs: string[]) => extractArticle(paragraphs, { published: '2024-07-03' });

describe('a birth year beside the speaker never dates the words', () => {
  it('"Nam ca sĩ sinh năm 1992 đáp: “…”" is dated by the page, not 1992', () => {
    const ex = extract(['Một khán giả chê đêm nhạc quá ngắn. Nam ca sĩ sinh năm 1992 liền đáp: "Đây mới là phần đầu, còn hai đêm nữa cơ mà".']);
    expect(quoteWith(ex, 'còn hai đêm nữa')).toMatchObject({ date: '2024-07-03', dateSource: 'published' });
  });

  it('"anh Lê Văn Tú, SN 1988, kể" and "born in 1975" likewise (set off by commas)', () => {
    const ex = extract([
      'Anh Lê Văn Tú, SN 1988, kể: “Nước lên nhanh quá, cả nhà chỉ kịp mang theo giấy tờ”.',
      '“We lost the whole harvest in one night,” said the farmer, born in 1975, who has worked the land for forty years.',
    ]);
    expect(quoteWith(ex, 'chỉ kịp mang theo giấy tờ')?.date).toBe('2024-07-03');
    expect(quoteWith(ex, 'lost the whole harvest')?.date).toBe('2024-07-03');
  });

  it('a year of the occasion still dates it ("Tại giải đấu năm 2023, …")', () => {
    const ex = extract(['Phát biểu tại lễ trao giải năm 2023, nữ sinh Trần Thu An cho biết: “Em sẽ tiếp tục theo đuổi ngành y”.']);
    expect(quoteWith(ex, 'theo đuổi ngành y')?.date).toBe('2023');
  });
});

describe('a birth year describing a person is no event of the sentence', () => {
  it('"…, born in 1981 and living in …" in English copy, as "sinh năm" in Vietnamese', () => {
    const ex = extract([
      'Police in the port city said on June 28 that they detained Tran Van Khoi, born in 1981 and living in a fishing ward, over a fuel smuggling ring.',
      'Ngày 28/6, công an thành phố tạm giữ Phạm Văn Hòe (sinh năm 1979) vì liên quan đường dây buôn lậu xăng.',
    ]);
    const dates = ex.events.map((e) => e.date);
    expect(dates).toContain('2024-06-28');
    expect(dates).not.toContain('1981');
    expect(dates).not.toContain('1979');
  });
});
