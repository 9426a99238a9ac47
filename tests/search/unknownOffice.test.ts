import { describe, expect, it } from 'vitest';
import { answerSetText } from '../../src/answer/plainText.js';
import { answerQuestion } from '../../src/answer/view.js';
import { extractCorpus } from '../../src/extract/index.js';
import { buildEngine } from '../../src/search/engine.js';
import { parseQuestion } from '../../src/search/question.js';
import { createSearchIndex } from '../../src/search/index.js';
import { askedOffices } from '../../src/search/unknownOffice.js';
import { extractOn, makeDoc } from '../helpers/articles.js';

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

// Two more invented reports: a hospital's new surgery (a doctor and a department speak, no minister), and a
// football match whose coaches speak (one club's coach only).
const ex = extractOn('2025-10-20');
const HEALTH = ex(
  'Bệnh viện Đa khoa Bình Lâm vừa ghép giác mạc thành công cho 12 bệnh nhân.',
  '"Mỗi ca ghép giác mạc tốn khoảng 40 triệu đồng, người bệnh được quỹ bảo hiểm hỗ trợ", bác sĩ Lò Văn Khiêm, trưởng khoa Mắt, cho biết.',
  'Thứ trưởng Bộ Xây dựng Đặng Quốc Toàn cho biết bộ sẽ sửa quy chuẩn nhà ở xã hội trong năm tới.',
);
const FOOTBALL = ex(
  'Tối 18/10, Phù Đổng thắng Núi Thành 2-1 trên sân nhà.',
  '"Các cầu thủ đã chơi với tinh thần rất cao", HLV Phù Đổng Bùi Đắc Lộc nói sau trận.',
  'Núi Thành sẽ tiếp Cửa Đại vào ngày 25/10 tới.',
);

describe('a question about an office no article writes', () => {
  const health = createSearchIndex(HEALTH);
  const football = createSearchIndex(FOOTBALL);

  it('is answered with nothing, not with a sentence sharing a few of its words', () => {
    // "nông nghiệp", "hồ tiêu", "xuất khẩu" all stand in o1.txt, but no article gives a minister of agriculture.
    const set = answerQuestion(index, 'Bộ trưởng Nông nghiệp nói gì về giá hồ tiêu xuất khẩu năm nay?');
    expect(set.answers).toEqual([]);
    expect(answerSetText(set)).not.toMatch(/tro xỉ/iu);
  });

  it('nor when the office’s body is written but never with that title', () => {
    expect(answerQuestion(index, 'Thứ trưởng Công an nói gì về lừa đảo qua mạng?').answers).toEqual([]);
  });

  it('a minister no article names: nothing, rather than a doctor\'s words on the same topic', () => {
    expect(health.ask('Bộ trưởng Y tế nói gì về chi phí ghép giác mạc?')).toEqual([]);
  });

  it('the coach of a team no coach speaks for: nothing, rather than the other coach\'s words', () => {
    expect(football.ask('HLV Núi Thành nói gì về tinh thần các cầu thủ?')).toEqual([]);
  });
});

describe('a question about an office an article writes', () => {
  const health = createSearchIndex(HEALTH);
  const football = createSearchIndex(FOOTBALL);

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

  it('a deputy minister an article names: his words', () => {
    expect(health.ask('Thứ trưởng Bộ Xây dựng nói gì về nhà ở xã hội?')[0]?.speaker).toBe('Đặng Quốc Toàn');
  });

  it('the coach of the team whose coach spoke: his words', () => {
    expect(football.ask('HLV Phù Đổng nói gì sau trận thắng Núi Thành?')[0]?.text).toContain('tinh thần rất cao');
  });
});

describe('the reply to a question about an office no article writes', () => {
  it('says no article names it, rather than suggesting other words', () => {
    const text = answerSetText(answerQuestion(index, 'Bộ trưởng Nông nghiệp nói gì về giá hồ tiêu xuất khẩu năm nay?'));
    expect(text).toMatch(/Không bài báo nào nhắc tới bộ trưởng nông nghiệp/iu);
  });

  it('names a team’s coach as typed', () => {
    const text = answerSetText(answerQuestion(createSearchIndex(FOOTBALL), 'HLV Núi Thành nói gì về tinh thần các cầu thủ?'));
    expect(text).toMatch(/Không bài báo nào nhắc tới HLV Núi Thành/u);
  });
});

describe('the office a question asks of', () => {
  const e = buildEngine(EXTRACTION);
  // The question as read before an office is resolved to the holder an article names ("Bộ trưởng Y tế" is the minister
  // of o2.txt): the office it asks of, which unknownOffice.ts looks for when no holder is found.
  const read = (q: string) => askedOffices(parseQuestion(q, e.directory, e.corrector.df), q).map(({ form, role, body }) => ({ form, role, body }));

  it.each([
    ['Bộ trưởng Y tế nói gì về giá thuốc?', [{ form: 'field', role: 'bo truong', body: ['y', 'te'] }, { form: 'named', role: 'bo truong', body: ['y', 'te'] }]],
    // Typed in lower case: the field form only (a capital tells a named office).
    ['bộ trưởng nông nghiệp nói gì về giá lúa?', [{ form: 'field', role: 'bo truong', body: ['nong', 'nghiep'] }]],
    ['HLV Phù Đổng nói gì sau trận?', [{ form: 'named', role: 'hlv', body: ['phu', 'dong'] }]],
    ['Đại diện Công ty Thép Phương Nam đã cho biết gì?', [{ form: 'named', role: 'dai dien', body: ['cong', 'ty', 'thep', 'phuong', 'nam'] }]],
    // What the person did, not whose office: left alone.
    ['Luật sư bào chữa cho bị cáo nói gì?', []],
    // A person's name after the role is read as a name (unknownPerson.ts).
    ['Bộ trưởng Nguyễn Văn Tâm nói gì?', []],
    // No body named.
    ['Bộ trưởng nói gì về giá thuốc?', []],
    // "Who said": no office asked of.
    ['Ai nói giá thuốc sẽ giảm?', []],
  ])('%s', (question, expected) => {
    expect(read(question)).toEqual(expected);
  });
});

// Invented: an English report on a chip plant in one province that names a neighbouring one in passing, and a
// Vietnamese report on a festival whose vice chairwoman is named with her province in the headline only.
const PROVINCES = extractCorpus([
  makeDoc([
    'Lam Dong Electronics will open a chip packaging plant in Song Cau province next year.',
    '"We will give the investor land within three months," said Peter Vance, chairman of Song Cau province.',
    'Ha Son and Ben Da provinces, its neighbours, are courting other electronics firms for plants of their own.',
  ], { file: 'p1.txt', title: 'Chip packaging plant for Song Cau', published: '2026-04-02' }),
  makeDoc([
    'Sáng 28/3, tỉnh Sông Biên khai mạc lễ hội đền Đa Lộc năm 2026.',
    '"Nghi lễ ở đền phải giữ như xưa, tỉnh không thương mại hóa lễ hội", bà Lò Thị Mây, Phó Chủ tịch UBND tỉnh, phát biểu.',
  ], { file: 'p2.txt', title: 'Sông Biên khai mạc lễ hội đền Đa Lộc', published: '2026-03-28' }),
]);

describe('an English question about an office', () => {
  const provinces = createSearchIndex(PROVINCES);

  it('a chairman of a province no article gives one: nothing, though the province is named in passing', () => {
    expect(provinces.ask('What did the Ha Son provincial chairman say about electronics firms?')).toEqual([]);
  });

  it('the chairman an article names: his words', () => {
    const r = provinces.ask('What did the Song Cau provincial chairman say about land for the investor?');
    expect(r[0]?.text).toMatch(/land within three months/u);
  });

  it('a vice chairwoman whose province stands in the headline only: her words', () => {
    const r = provinces.ask("What did Song Bien's vice chairwoman say about commercialisation of the festival?");
    expect(r[0]?.speaker).toBe('Lò Thị Mây');
  });

  it('the reply names the office as typed', () => {
    const text = answerSetText(answerQuestion(provinces, 'What did the Ha Son provincial chairman say about electronics firms?'));
    expect(text).toMatch(/No article names the Ha Son provincial chairman,/u);
  });
});

// Invented reports: a provincial health department on dengue, a ministry named on one page only in English.
const BODIES = extractCorpus([
  makeDoc([
    'Sở Y tế tỉnh Hà Lam cho biết từ đầu năm đến nay tỉnh ghi nhận hơn 3.000 ca sốt xuất huyết, chủ yếu ở trẻ em.',
    'Nhân viên y tế phường đã phun hóa chất diệt muỗi và bọ gậy tại 40 tổ dân phố.',
  ], { file: 'b1.txt', title: 'Sốt xuất huyết tăng ở Hà Lam', published: '2025-06-05' }),
  makeDoc([
    'The Ministry of Finance said on Tuesday that import duties on electric scooters would fall to 5 percent next year.',
  ], { file: 'b2.txt', title: 'Import duties on e-scooters to fall', published: '2025-06-06' }),
  makeDoc([
    'Ông Lã Văn Tường, Vụ trưởng Vụ Giáo dục Thường xuyên (Bộ GD&ĐT), cho biết các trung tâm ngoại ngữ phải công khai học phí từ năm học tới.',
  ], { file: 'b3.txt', title: 'Trung tâm ngoại ngữ phải công khai học phí', published: '2025-06-07' }),
]);
const bodies = createSearchIndex(BODIES);

describe('a ministry or department asked of by its field, which no article writes', () => {
  it('"Bộ Y tế nói gì về …" is answered with nothing when only a provincial Sở Y tế speaks', () => {
    expect(bodies.ask('Bộ Y tế nói gì về vắc xin sốt xuất huyết cho trẻ em?')).toEqual([]);
  });

  it('the department the articles write is answered, and a ministry written by its initials or in English copy is not emptied', () => {
    expect(bodies.ask('Sở Y tế nói gì về sốt xuất huyết?')[0]?.text).toContain('3.000 ca sốt xuất huyết');
    expect(bodies.ask('Bộ Giáo dục và Đào tạo nói gì về học phí trung tâm ngoại ngữ?')[0]?.speaker).toBe('Lã Văn Tường');
    // The reply does not say that no article names the ministry the English page names.
    expect(bodies.readQuestion!('Bộ Tài chính nói gì về thuế nhập khẩu xe điện?').unknownPerson).toBeNull();
    expect(bodies.readQuestion!('Bộ Y tế nói gì về vắc xin sốt xuất huyết cho trẻ em?').unknownPerson?.name).toBe('bộ y tế');
  });
});
