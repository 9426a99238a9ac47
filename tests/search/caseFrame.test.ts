/**
 * "Các bị cáo trong vụ X nói gì": the subject is who comes before "trong vụ"; the case only ranks, since what each of
 * them said seldom repeats it. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

const EXTRACTION = extractCorpus([
  makeDoc([
    'Chiều 12/3, TAND tỉnh Bình Lục xét xử sơ thẩm vụ nhân viên ngân hàng chiếm đoạt 18 tỷ đồng của khách hàng.',
    'Trước khi tòa nghị án, 3 bị cáo lần lượt nói lời sau cùng. Bị cáo Lạc Thị Mơ đề nghị HĐXX xem xét hoàn cảnh gia đình, mong được hưởng mức án thấp nhất.',
    'Bị cáo Tăng Văn Khuê khẳng định không biết số tiền do đồng phạm chiếm đoạt mà có.',
  ], { file: 'v1.txt', title: 'Xét xử vụ nhân viên ngân hàng chiếm đoạt 18 tỷ đồng', published: '2025-03-13' }),
  makeDoc([
    'Ông Quách Văn Dũng, Giám đốc Sở Tài chính, cho biết tỉnh đã báo cáo Bộ Tài chính về tiến độ giải ngân.',
  ], { file: 'v2.txt', title: 'Tiến độ giải ngân vốn đầu tư công', published: '2025-03-14' }),
]);
const index = createSearchIndex(EXTRACTION);

describe('a subject described by its case ("Các bị cáo trong vụ X nói gì")', () => {
  it("finds the defendants' words, which do not repeat the case", () => {
    const results = index.ask('Các bị cáo trong vụ nhân viên ngân hàng chiếm đoạt 18 tỷ đồng nói gì trong lời sau cùng?', { limit: 3 });
    const speakers = results.map((r) => r.speaker);
    expect(speakers).toContain('Lạc Thị Mơ');
    expect(results.find((r) => r.speaker === 'Lạc Thị Mơ')?.text).toContain('mong được hưởng mức án thấp nhất');
  });
});
