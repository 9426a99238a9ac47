import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// Invented articles: each names a holder once with the office in apposition (a comma, a dash, an abbreviated title),
// then quotes them by a rank or a short name; the extraction keeps the rank, not the office, as their role.
const police = articlesOn('2024-03-12');
const school = articlesOn('2024-04-02');
const THEFT = police('a1.txt', 'Công an tỉnh Vân Khê truy tìm nhóm trộm xe máy', [
  'Chiều 11/3, Đại tá Khổng Văn Tước, Phó Giám đốc Công an tỉnh Vân Khê, cho biết lực lượng chức năng đã khoanh vùng nhóm trộm xe máy ở thị trấn Đồi Mây.',
  '"Thông tin đã bắt được cả nhóm trộm là không chính xác, chúng tôi vẫn đang truy tìm", Đại tá Tước nói.',
  'Công an tỉnh Vân Khê cho biết đã tăng cường tuần tra ban đêm ở các khu chợ để phòng chống trộm xe máy.',
]);
const FIGHT = school('a2.txt', 'Trường THCS Bến Lau kỷ luật học sinh đánh bạn', [
  'Sáng 1/4, cô Từ Thị Oanh, Hiệu trưởng trường THCS Bến Lau (huyện Đông Lĩnh), cho biết nhà trường đã mời phụ huynh của hai học sinh đến làm việc.',
  '"Việc giáo viên chủ nhiệm không báo cáo ngay với nhà trường là sai", cô Oanh nói.',
  'Thượng tá Mẫn Đức Kiên - PGĐ Công an huyện Đông Lĩnh cho biết công an đã xác minh đoạn clip học sinh đánh nhau.',
]);
const index = createSearchIndex(extractCorpus([THEFT, FIGHT]));

describe('"<office of a body> nói gì": the holder an article names with that office', () => {
  it('answers a deputy director\'s question with his words only, not the body\'s', () => {
    const results = index.ask('Phó Giám đốc Công an tỉnh Vân Khê nói gì về nhóm trộm xe máy?');
    expect(results[0]?.speaker).toBe('Khổng Văn Tước');
    // A sentence no speaker is given for may follow as a hint; no one else's statement is shown as his.
    expect(results.filter((r) => r.speaker).map((r) => r.speaker)).not.toContain('Công an tỉnh Vân Khê');
    expect(index.readQuestion!('Phó Giám đốc Công an tỉnh Vân Khê nói gì về nhóm trộm xe máy?').speaker?.name).toBe('Khổng Văn Tước');
  });

  it('puts the head\'s words on the topic first when the office stands after her name and a comma', () => {
    const results = index.ask('Hiệu trưởng trường THCS Bến Lau nói gì về việc giáo viên không báo cáo?');
    expect(results[0]?.speaker).toBe('Từ Thị Oanh');
    expect(results[0]?.text).toMatch(/không báo cáo ngay với nhà trường là sai/u);
  });

  it('reads "PGĐ" after a dash as the deputy director asked of', () => {
    expect(index.readQuestion!('Phó Giám đốc Công an huyện Đông Lĩnh nói gì về đoạn clip học sinh đánh nhau?').speaker?.name).toBe('Mẫn Đức Kiên');
  });

  it('answers nothing when only the deputy of the office asked is named: his words are not the director\'s', () => {
    expect(index.ask('Giám đốc Công an tỉnh Vân Khê nói gì về nhóm trộm xe máy?')).toEqual([]);
    expect(index.ask('Phó Giám đốc Công an tỉnh Vân Khê nói gì về nhóm trộm xe máy?')[0]?.speaker).toBe('Khổng Văn Tước');
  });

  it('does not take the deputy for the director, nor an office of another body', () => {
    expect(index.readQuestion!('Giám đốc Công an tỉnh Vân Khê nói gì về nhóm trộm xe máy?').speaker).toBeNull();
    expect(index.readQuestion!('Phó Giám đốc Công an huyện Lạc Điền nói gì về đoạn clip học sinh đánh nhau?').speaker).toBeNull();
  });
});

// Invented: a minister named once as "Bộ trưởng Bộ <field> <name>", then by his title and short name, and a deputy
// minister of another ministry.
const hearing = articlesOn('2024-06-05');
const GRID = hearing('b1.txt', 'Chất vấn về tiến độ đường dây truyền tải', [
  'Sáng 4/6, đại biểu Quốc hội chất vấn Bộ trưởng Bộ Năng lượng Hà Quang Vĩnh về tiến độ đường dây truyền tải Bắc - Nam.',
  'Bộ trưởng Vĩnh cam kết: "Chậm nhất cuối tháng 10, toàn tuyến sẽ đóng điện".',
  'Thứ trưởng Bộ Thủy lợi Lò Văn Sảng cho biết các hồ chứa miền Trung đã tích đủ nước cho mùa khô.',
]);
const ministers = createSearchIndex(extractCorpus([GRID]));

describe('"Bộ trưởng <field> nói gì", asked without the ministry\'s "Bộ" the press writes', () => {
  it('is the minister the article names as "Bộ trưởng Bộ <field>": his words on the question first', () => {
    expect(ministers.readQuestion!('Bộ trưởng Năng lượng cam kết gì về đóng điện đường dây truyền tải?').speaker?.name).toBe('Hà Quang Vĩnh');
    const [first] = ministers.ask('Bộ trưởng Năng lượng cam kết gì về đóng điện đường dây truyền tải?');
    expect(first?.speaker).toBe('Hà Quang Vĩnh');
    expect(first?.text).toContain('toàn tuyến sẽ đóng điện');
  });

  it('is not the deputy minister, nor the minister of another field', () => {
    expect(ministers.readQuestion!('Bộ trưởng Thủy lợi nói gì về các hồ chứa miền Trung?').speaker).toBeNull();
    expect(ministers.readQuestion!('Thứ trưởng Thủy lợi nói gì về các hồ chứa miền Trung?').speaker?.name).toBe('Lò Văn Sảng');
  });
});
