import { describe, expect, it } from 'vitest';
import { answerSetText } from '../../src/answer/plainText.js';
import { answerQuestion } from '../../src/answer/view.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { askedPerson } from '../../src/search/unknownPerson.js';
import { makeDoc } from '../helpers/articles.js';

// Invented articles: a provincial police force reporting online fraud, a colonel named only in the headline, and a
// hospital whose name opens on a family name.
const EXTRACTION = extractCorpus([
  makeDoc([
    'Trong 9 tháng đầu năm, Công an tỉnh tiếp nhận 88 vụ lừa đảo qua mạng, làm rõ 31 vụ với 52 đối tượng.',
    'Đáng chú ý là vụ một giáo viên bị kẻ gian mạo danh cán bộ ngân hàng chiếm đoạt 2 tỷ đồng.',
  ], { file: 'c1.txt', title: 'Đại tá Lương Minh Tuấn, Giám đốc Công an tỉnh Cao Bằng, báo cáo về lừa đảo qua mạng', published: '2025-10-02' }),
  makeDoc([
    'Bệnh viện Trần Văn Thời cho biết đã tiếp nhận 14 bệnh nhân ngộ độc thực phẩm sau bữa tiệc cưới.',
  ], { file: 'c2.txt', title: 'Ngộ độc sau tiệc cưới', published: '2025-10-03' }),
]);
const index = createSearchIndex(EXTRACTION);

describe('a body named with its place ("Công an Cao Bằng nói gì")', () => {
  it('reads the place after the body as no person', () => {
    expect(askedPerson('Công an Cao Bằng nói gì về lừa đảo qua mạng?')).toBeNull();
    expect(askedPerson('Bệnh viện Trần Văn Thời nói gì về ca ngộ độc?')).toBeNull();
    // A person after a title still is one, and so is the holder of an office named by its body.
    expect(askedPerson('Đại tá Lương Minh Tuấn nói gì về lừa đảo qua mạng?')?.name).toBe('Lương Minh Tuấn');
    expect(askedPerson('Chủ tịch Quốc hội Lương Văn Tường nói gì về luật đất đai?')?.name).toBe('Lương Văn Tường');
    expect(askedPerson('Giám đốc Bệnh viện Trần Văn Thời nói gì về ca ngộ độc?')?.name).toBe('Trần Văn Thời');
  });

  it('reads the holder of an office whose ministry is written out ("Bộ trưởng Bộ Công an X"), not the body\'s place', () => {
    expect(askedPerson('Bộ trưởng Bộ Công an Lương Văn Tường nói gì về lừa đảo qua mạng?')?.name).toBe('Lương Văn Tường');
    expect(askedPerson('Bộ Công an Cao Bằng nói gì về lừa đảo qua mạng?')).toBeNull();
    // No article names him: the reply says so rather than giving the provincial police's words.
    const set = answerQuestion(index, 'Bộ trưởng Bộ Công an Lương Văn Tường nói gì về lừa đảo qua mạng?');
    expect(set.answers).toEqual([]);
    expect(answerSetText(set)).toMatch(/Không bài báo nào nhắc tới Lương Văn Tường/u);
  });

  it('is answered from the article instead of saying no article names the place', () => {
    const set = answerQuestion(index, 'Công an Cao Bằng nói gì về vụ lừa đảo qua mạng?');
    expect(set.unknownPerson ?? null).toBeNull();
    expect(set.answers.length).toBeGreaterThan(0);
    expect(set.answers[0]!.sources[0]!.file).toBe('c1.txt');
    expect(answerSetText(set)).not.toMatch(/Không bài báo nào nhắc tới/u);
  });
});

describe('a person named only in an article’s headline', () => {
  it('is not reported as a name no article writes', () => {
    const set = answerQuestion(index, 'Đại tá Lương Minh Tuấn nói gì về lừa đảo qua mạng?');
    expect(set.unknownPerson ?? null).toBeNull();
    expect(answerSetText(set)).not.toMatch(/Không bài báo nào nhắc tới Lương Minh Tuấn/u);
  });

  it('a name written nowhere still is', () => {
    const set = answerQuestion(index, 'Đại tá Lương Minh Tường nói gì về lừa đảo qua mạng?');
    expect(set.answers).toEqual([]);
    expect(answerSetText(set)).toMatch(/Không bài báo nào nhắc tới Lương Minh Tường/u);
  });
});
