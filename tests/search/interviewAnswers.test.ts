import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { asksNext } from '../../src/search/interview.js';
import { articlesOn, extractArticle } from '../helpers/articles.js';

// An invented article ending in an interview: the answers name little of what the interviewer asked.
const DOC = articlesOn('2025-09-12')('i1.txt', 'Hợp tác xã Bàu Sen mở xưởng sấy nông sản', [
  'Hợp tác xã Bàu Sen vừa khánh thành xưởng sấy nông sản đầu tiên của huyện.',
  'Xưởng có công suất 20 tấn mỗi ngày, phục vụ hơn 300 hộ trồng ớt và tiêu.',
  '**PV: Giá thuê sấy hiện nay là bao nhiêu, thưa ông?**',
  '**Ông Đinh Văn Lực:** Mỗi tấn ớt tươi bà con trả 450.000 đồng. Chúng tôi tính sát giá điện để xã viên có lãi.',
  '**PV: Vì sao hợp tác xã chọn sấy bằng điện mặt trời?**',
  '**Ông Đinh Văn Lực:** Mái xưởng rộng, nắng quanh năm, tiền điện giảm gần một nửa. Lò than thì bụi và khó kiểm soát nhiệt.',
  'Theo kế hoạch, xưởng sẽ mở thêm một dây chuyền sấy tiêu vào đầu năm sau.',
]);
const PASSAGES: Extraction = { documents: [DOC], speakers: [], quotes: [], events: [] };

describe('an interview answer answers the question it follows', () => {
  const index = createSearchIndex(PASSAGES);

  it('"why" finds the answer paragraph, not the interviewer\'s question that holds the same words', () => {
    const [r] = index.ask('Vì sao hợp tác xã Bàu Sen sấy bằng điện mặt trời?');
    expect(r?.text).toContain('nắng quanh năm');
  });

  it('"how much" finds the amount given in the answer', () => {
    const top = index.ask('Giá thuê sấy ở hợp tác xã Bàu Sen là bao nhiêu?');
    expect(top[0]?.text).toContain('450.000 đồng');
  });

  it('with the statements extracted, the answer is the interviewee\'s, with his name', () => {
    const ex = extractArticle([
      'Hợp tác xã Bàu Sen vừa khánh thành xưởng sấy nông sản đầu tiên của huyện.',
      'Phóng viên: Vì sao hợp tác xã chọn sấy bằng điện mặt trời?',
      'Ông Đinh Văn Lực: Mái xưởng rộng, nắng quanh năm, tiền điện giảm gần một nửa so với lò than.',
    ], { published: '2025-09-12' });
    const [r] = createSearchIndex(ex).ask('Vì sao hợp tác xã Bàu Sen sấy bằng điện mặt trời?');
    expect(r?.text).toContain('nắng quanh năm');
  });
});

describe('asksNext', () => {
  it.each([
    [['PV: Ông lo ngại điều gì nhất?', 'Ông Hải: Thời tiết.'], true],
    [['* Chi phí có cao không?', '- Bác sĩ Lâm: Khoảng 20 triệu đồng.'], true],
    [['Hỏi: Khi nào thi công?', 'Ngay tháng sau, khi có vốn.'], true],
    // A reporter's own question in the body, followed by narration: no interview.
    [['Vậy ai sẽ chịu trách nhiệm?', 'Đến nay, chưa cơ quan nào lên tiếng.'], false],
    // A speaker's question in quotation marks is not put to the next paragraph.
    [['"Ai trả tiền cho chúng tôi?", một cư dân hỏi.', 'Ông Minh: Chúng tôi sẽ trả lời sau.'], false],
    // Two questions in a row: the first is not answered by the second.
    [['PV: Ông có lo không?', 'PV: Còn giá thuê?'], false],
  ])('%j → %s', (paragraphs, expected) => {
    expect(asksNext(paragraphs, 0)).toBe(expected);
  });
});

// An invented interview with no labels: the interviewer addresses the guest ("Thưa ông, …?"), the answer follows.
const TALK = articlesOn('2025-11-04')('t1.txt', 'Giám đốc Sở Du lịch Hòn Vân: "Mùa thấp điểm là lúc sửa mình"', [
  'Ông Quách Duy Ninh, Giám đốc Sở Du lịch tỉnh Hòn Vân, đã có cuộc trò chuyện với phóng viên về lượng khách quốc tế giảm trong quý ba.',
  'Thưa ông, vì sao lượng khách quốc tế đến tỉnh giảm mạnh trong quý ba?',
  'Mùa mưa đến sớm, hai chuyến bay thẳng tạm dừng nên nhiều đoàn đổi lịch sang tháng 12. Các khách sạn vẫn giữ giá phòng.',
  'Tỉnh sẽ làm gì để kéo khách quay lại, thưa ông?',
  'Chúng tôi mở lại tuyến tàu ra đảo và giảm nửa giá vé tham quan cho khách đi theo nhóm.',
]);

describe('an interviewer\'s question that addresses the guest ("Thưa ông, …?") is answered by the next paragraph', () => {
  const index = createSearchIndex({ documents: [TALK], speakers: [], quotes: [], events: [] });

  it.each([
    ['Vì sao lượng khách quốc tế đến Hòn Vân giảm mạnh trong quý ba?', 'Mùa mưa đến sớm'],
    ['Tỉnh Hòn Vân sẽ làm gì để kéo khách quay lại?', 'mở lại tuyến tàu'],
  ])('%s → the answer, not the question', (question, words) => {
    const [first] = index.ask(question);
    expect(first?.text).toContain(words);
  });

  it('narration that ends on a question is not an interviewer\'s turn', () => {
    expect(asksNext(['Liệu khách có quay lại?', 'Theo số liệu của Sở, lượng khách tháng 10 tăng nhẹ.'], 0)).toBe(false);
    expect(asksNext(['Thưa bà, chị em bán hàng rong có được hỗ trợ?', 'Có, mỗi người nhận 2 triệu đồng.'], 0)).toBe(true);
  });
});
