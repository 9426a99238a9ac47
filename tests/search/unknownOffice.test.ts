import { describe, expect, it } from 'vitest';
import { answerSetText } from '../../src/answer/plainText.js';
import { answerQuestion } from '../../src/answer/view.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented articles: ash from a plant burying a village's pepper gardens (its words on farming are no minister's),
// a health minister on vaccines, and a provincial police director on fraud.
const EXTRACTION = extractCorpus([
  makeDoc([
    'Tro xỉ từ nhà máy tràn xuống vùng trũng, vùi lấp vườn hồ tiêu và ao cá, ảnh hưởng xấu đến sản xuất nông nghiệp của người dân.',
    'Người dân cho biết giá hồ tiêu xuất khẩu năm nay giảm mạnh nên thiệt hại càng nặng.',
  ], { file: 'o1.txt', title: 'Tro xỉ vùi lấp vườn tiêu', published: '2025-06-02' }),
  makeDoc([
    'Bộ trưởng Bộ Y tế Đào Minh Khuê cho biết vắc xin sởi cho trẻ em sẽ được cấp đủ trước tháng 8.',
  ], { file: 'o2.txt', title: 'Cấp đủ vắc xin sởi', published: '2025-06-03' }),
  makeDoc([
    'Đại tá Vương Quốc Sĩ, Giám đốc Công an tỉnh, cho biết đã triệt phá 12 đường dây lừa đảo qua mạng trong quý II.',
  ], { file: 'o3.txt', title: 'Công an tỉnh Kon Tum triệt phá 12 đường dây lừa đảo', published: '2025-06-04' }),
]);
const index = createSearchIndex(EXTRACTION);

describe('a question about an office no article writes', () => {
  it('is answered with nothing, not with a sentence sharing a few of its words', () => {
    // "nông nghiệp", "hồ tiêu", "xuất khẩu" all stand in o1.txt, but no article gives a minister of agriculture.
    const set = answerQuestion(index, 'Bộ trưởng Nông nghiệp nói gì về giá hồ tiêu xuất khẩu năm nay?');
    expect(set.answers).toEqual([]);
    expect(answerSetText(set)).not.toMatch(/tro xỉ/iu);
  });

  it('nor when the office’s body is written but never with that title', () => {
    expect(answerQuestion(index, 'Thứ trưởng Công an nói gì về lừa đảo qua mạng?').answers).toEqual([]);
  });
});

describe('a question about an office an article writes', () => {
  it('is answered, however the ministry is written ("Bộ trưởng Y tế" for "Bộ trưởng Bộ Y tế")', () => {
    const set = answerQuestion(index, 'Bộ trưởng Y tế nói gì về vắc xin sởi?');
    expect(set.answers[0]?.speaker).toBe('Đào Minh Khuê');
    expect(set.answers[0]?.sources[0]?.file).toBe('o2.txt');
  });

  it('is answered when the place of the office stands in the headline only', () => {
    const set = answerQuestion(index, 'Giám đốc Công an tỉnh Kon Tum nói gì về lừa đảo qua mạng?');
    expect(set.answers[0]?.sources[0]?.file).toBe('o3.txt');
    expect(set.answers[0]?.text).toMatch(/12 đường dây/u);
  });
});

describe('the reply to a question about an office no article writes', () => {
  it('says no article names it, rather than suggesting other words', () => {
    const text = answerSetText(answerQuestion(index, 'Bộ trưởng Nông nghiệp nói gì về giá hồ tiêu xuất khẩu năm nay?'));
    expect(text).toMatch(/Không bài báo nào nhắc tới bộ trưởng nông nghiệp/iu);
  });
});
