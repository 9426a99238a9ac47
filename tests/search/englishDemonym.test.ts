import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented: a Vietnamese report of a chess final whose losing side's coach speaks; the country is written by its
// name ("Malaysia"), the English question uses its adjective ("Malaysian").
const index = createSearchIndex(extractCorpus([
  makeDoc([
    'Tối 14/7, đội tuyển cờ vua Việt Nam thắng đội tuyển Malaysia 3-1 ở chung kết giải đồng đội châu Á.',
    'HLV Ahmad Rusli của đội tuyển Malaysia nói: “Các kỳ thủ trẻ của chúng tôi đã thi đấu dũng cảm, nhưng đối thủ chuẩn bị khai cuộc tốt hơn”.',
  ], { file: 'chess.txt', title: 'Cờ vua Việt Nam vô địch đồng đội châu Á', published: '2025-07-15' }),
  makeDoc(['Giá cà phê Tây Nguyên tăng mạnh trong tuần qua.'], { file: 'coffee.txt', title: 'Giá cà phê tăng', published: '2025-07-15' }),
]));

describe('an English question names an office by a people\'s adjective', () => {
  it('"the Malaysian coach" is the coach of the Malaysia team the article names', () => {
    const [r] = index.ask('What did the Malaysian coach say after the chess final?');
    expect(r?.speaker).toBe('Ahmad Rusli');
    expect(r?.text).toContain('chuẩn bị khai cuộc tốt hơn');
  });

  it('the coach of a country no article names: still nothing', () => {
    expect(index.ask('What did the Laotian coach say after the chess final?')).toEqual([]);
  });
});
