import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { extractOn } from '../helpers/articles.js';

// An invented report on a village festival: an English question names it in English words.
const FESTIVAL = extractOn('2025-02-14')(
  'Sáng 13/2, huyện Tân Khê khai mạc lễ hội đua ghe truyền thống trên sông Vàm.',
  '"Lễ hội phải giữ được nét mộc mạc, không để thương mại hóa làm mất hồn làng", bà Triệu Thị Ngát, Phó Chủ tịch UBND huyện, phát biểu.',
  'Ban tổ chức cho biết năm nay có 24 đội ghe tham gia, nhiều hơn năm trước 6 đội.',
);

describe('English words of a festival story', () => {
  const index = createSearchIndex(FESTIVAL);

  it.each([
    'What did the vice chairwoman say about commercialisation of the festival?',
    'What did the vice chairwoman say about commercialization of the festival?',
  ])('%s', (question) => {
    const [r] = index.ask(question);
    expect(r?.text).toContain('không để thương mại hóa');
    expect(r?.speaker).toBe('Triệu Thị Ngát');
  });
});
