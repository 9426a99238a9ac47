import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-12');

describe('a building or a place is never shown as the speaker', () => {
  it('a tower named after someone does not lend its name to "ông X" later in the article', () => {
    const ex = one(
      'Cuộc gặp diễn ra tại Tháp Keller, Berlin, với 80 nhà đầu tư.',
      '“Chúng tôi sẽ công bố kế hoạch mới vào tuần sau”, ông Keller nói.',
    );
    expect(quoteWith(ex, 'công bố kế hoạch mới')?.speaker).toBe('Keller');
  });

  it('an archipelago as the subject of "khẳng định" leaves the speaker blank', () => {
    const ex = one('Trường Sa khẳng định: “Đây là vùng biển có nhiều tàu cá hoạt động nhất trong tháng”.');
    expect(quoteWith(ex, 'nhiều tàu cá hoạt động')?.speaker ?? null).toBeNull();
  });
});

describe('words glued by the page are not part of a name', () => {
  it('"TP HCMÔng X": the honorific glued to a place abbreviation opens the name, it is not in it', () => {
    const ex = one(
      'Trận đấu kết thúc với tỷ số 1-2 cho đội khách tại TP HCMÔng Lê Văn Khoa tiết lộ đã nhắc nhở học trò.',
      '“Chúng tôi đã làm hết sức”, HLV Lê Văn Khoa nói.',
    );
    expect(quoteWith(ex, 'làm hết sức')?.speaker).toBe('Lê Văn Khoa');
  });

  it('a dateline in capitals glued to "Bà" opens a sentence whose subject is the woman named', () => {
    const ex = one('ĐÀ NẴNGBà Trần Thị Hoa, Giám đốc Sở Du lịch, cho biết lượng khách quốc tế tăng mạnh trong tháng qua.');
    expect(quoteWith(ex, 'lượng khách quốc tế tăng mạnh')?.speaker).toBe('Trần Thị Hoa');
  });

  it('a dateline in capitals, a space, then "Bà X" is X, never the place', () => {
    const ex = one('ĐÀ NẴNG Bà Trần Thị Hoa, Giám đốc Sở Du lịch, cho biết lượng khách quốc tế tăng mạnh trong tháng qua.');
    expect(quoteWith(ex, 'lượng khách quốc tế tăng mạnh')?.speaker).toBe('Trần Thị Hoa');
  });

  it('"TP HCM Ông X cho biết" is X, not the abbreviation', () => {
    const ex = one('TP HCM Ông Lê Văn Khoa cho biết đội bóng sẽ thay đổi nhân sự trong tuần tới.');
    expect(quoteWith(ex, 'thay đổi nhân sự')?.speaker).toBe('Lê Văn Khoa');
  });
});

describe('English: a conjunction that opens the sentence is not part of the name', () => {
  it('"But X added" is X', () => {
    const ex = one(
      '"The plan will not work before winter," said Peter Vandersloot, the mayor.',
      'But Peter Vandersloot added: "We have no money left for the bridge."',
    );
    expect(quoteWith(ex, 'no money left')?.speaker).toBe('Peter Vandersloot');
  });

  it('"And X told reporters" is X', () => {
    const ex = one(
      'Maria Keller, the port director, spoke after the storm.',
      'And Maria Keller told reporters: "The ferries will sail again on Monday."',
    );
    expect(quoteWith(ex, 'ferries will sail again')?.speaker).toBe('Maria Keller');
  });

  it('"But X" where X is a surname the article knows is that person', () => {
    const ex = one(
      'Maria Keller, the port director, spoke after the storm.',
      'But Keller said: "The ferries will not sail before the wind drops."',
    );
    expect(quoteWith(ex, 'will not sail before')?.speaker).toBe('Maria Keller');
  });
});
