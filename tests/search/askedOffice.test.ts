import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { askedOffice } from '../../src/search/askedOffice.js';
import { extractOn } from '../helpers/articles.js';

// Two invented reports: a hospital's new surgery (a doctor and a department speak, no minister), and a football
// match whose coaches speak (one club's coach only).
const ex = extractOn('2025-10-20');
const HEALTH = ex(
  'Bệnh viện Đa khoa Bình Lâm vừa ghép giác mạc thành công cho 12 bệnh nhân.',
  '"Chi phí mỗi ca ghép giác mạc khoảng 40 triệu đồng, bảo hiểm y tế chi trả một phần", bác sĩ Lò Văn Khiêm, trưởng khoa Mắt, cho biết.',
  'Thứ trưởng Bộ Xây dựng Đặng Quốc Toàn cho biết bộ sẽ sửa quy chuẩn nhà ở xã hội trong năm tới.',
);
const FOOTBALL = ex(
  'Tối 18/10, Sông Hàn thắng Núi Thành 2-1 trên sân nhà.',
  '"Các cầu thủ đã chơi với tinh thần rất cao", HLV Sông Hàn Bùi Đắc Lộc nói sau trận.',
  'Núi Thành sẽ tiếp Cửa Đại vào ngày 25/10 tới.',
);

describe('a question asking of an office no article mentions gets no answer', () => {
  const health = createSearchIndex(HEALTH);
  const football = createSearchIndex(FOOTBALL);

  it('a minister no article names: nothing, rather than a doctor\'s words on the same topic', () => {
    expect(health.ask('Bộ trưởng Y tế nói gì về chi phí ghép giác mạc?')).toEqual([]);
  });

  it('an office an article names is answered as before', () => {
    expect(health.ask('Thứ trưởng Bộ Xây dựng nói gì về nhà ở xã hội?')[0]?.speaker).toBe('Đặng Quốc Toàn');
  });

  it('the coach of a team no coach speaks for: nothing, rather than the other coach\'s words', () => {
    expect(football.ask('HLV Núi Thành nói gì về tinh thần các cầu thủ?')).toEqual([]);
  });

  it('the coach of the team whose coach spoke: his words', () => {
    expect(football.ask('HLV Sông Hàn nói gì sau trận thắng Núi Thành?')[0]?.text).toContain('tinh thần rất cao');
  });
});

describe('askedOffice', () => {
  it.each([
    ['Bộ trưởng Y tế nói gì về giá thuốc?', { role: 'bo truong', body: ['y', 'te'] }],
    ['HLV Sông Hàn nói gì sau trận?', { role: 'hlv', body: ['song', 'han'] }],
    ['Đại diện Công ty Thép Phương Nam đã cho biết gì?', { role: 'dai dien', body: ['cong', 'ty', 'thep', 'phuong', 'nam'] }],
    // What the person did, not whose office: left alone.
    ['Luật sư bào chữa cho bị cáo nói gì?', null],
    // A person's name after the role is read as a name (unknownPerson.ts).
    ['Bộ trưởng Nguyễn Văn Tâm nói gì?', null],
    // No body named.
    ['Bộ trưởng nói gì về giá thuốc?', null],
  ])('%s', (question, expected) => {
    expect(askedOffice(question)).toEqual(expected);
  });
});
