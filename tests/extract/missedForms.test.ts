import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-05-20 is a Monday.
const one = extractOn('2024-05-20');

describe('English wire copy: counsel, governments and state media closing the words', () => {
  const ex = one(
    'A court in the north jailed two farmers for six years on Friday, their lawyers said.',
    'Both will also serve three years of probation after their release, the lawyers added.',
    'The trade minister will visit the port city on Thursday as part of a regional tour, the Thai and Lao governments said.',
    'The rice mill near the river will close for a month from Friday, state media reported.',
    'Police reported two deaths and three injuries in the province after the storm.',
  );

  it('keeps the words before "…, their lawyers said." and names nobody', () => {
    const q = quoteWith(ex, 'jailed two farmers for six years');
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker).toBeNull();
    expect(q?.text).not.toContain('lawyers said');
  });

  it('"…, the lawyers added." and "…, the Thai and Lao governments said." likewise', () => {
    for (const words of ['three years of probation', 'will visit the port city on Thursday']) {
      const q = quoteWith(ex, words);
      expect(q, words).toBeDefined();
      expect(q?.speaker, words).toBeNull();
    }
  });

  it('"…, state media reported." is a report; "Police reported two deaths" takes an object and reports no words', () => {
    expect(quoteWith(ex, 'rice mill near the river will close')?.speaker).toBeNull();
    expect(quoteWith(ex, 'two deaths and three injuries')).toBeUndefined();
  });
});

describe('English "confirmed"/"announced" before a clause with no "that"', () => {
  const ex = one(
    'Dao Minh Chau, a spokesman for the city, confirmed the governor would open the new bridge on Wednesday.',
    'The ministry announced a plan to plant a million trees in the hills.',
  );

  it('gives the clause to its subject', () => {
    const q = quoteWith(ex, 'the governor would open the new bridge');
    expect(q?.speaker).toBe('Dao Minh Chau');
    expect(q?.kind).toBe('indirect');
  });

  it('an object after the verb ("announced a plan") is no report', () => {
    expect(quoteWith(ex, 'a million trees')).toBeUndefined();
  });
});

describe('"trình bày" and "phản ánh" report before a comma, "rằng" or a clause of their own', () => {
  const ex = one(
    'Bị cáo Trần Văn Khương trình bày, sau khi biết tin hai người bị thương, bị cáo vô cùng hối hận và mong được khoan hồng.',
    'Bị cáo Khương cũng trình bày rằng mình không hề bàn bạc với ai trong vụ việc.',
    'Ông Lý Văn Đạt trình bày báo cáo về tình hình kinh tế xã hội của huyện trong năm qua.',
    'Luật sư trình bày nhiều tình tiết giảm nhẹ, xin cho bị cáo Khương một cơ hội làm lại cuộc đời.',
    'Chị Hà Thị Mơ, một tiểu thương ở chợ Bến Lở, phản ánh ban quản lý chợ chưa sửa mái che dù đã hứa từ đầu năm.',
    'Con số này phản ánh đúng thực lực của hai đội bóng trong mùa giải năm nay.',
  );

  it('a defendant\'s account to the court, after a comma or "rằng", is his', () => {
    expect(quoteWith(ex, 'bị cáo vô cùng hối hận')?.speaker).toBe('Trần Văn Khương');
    expect(quoteWith(ex, 'không hề bàn bạc với ai')?.speaker).toBe('Trần Văn Khương');
  });

  it('"trình bày báo cáo" takes an object: nothing is reported', () => {
    expect(quoteWith(ex, 'tình hình kinh tế xã hội')).toBeUndefined();
  });

  it('"trình bày nhiều tình tiết, xin cho …": the plea after it is still read', () => {
    expect(quoteWith(ex, 'một cơ hội làm lại cuộc đời')).toBeDefined();
  });

  it('a complaint with its own subject and tense is the complainant\'s; a figure that "reflects" says nothing', () => {
    expect(quoteWith(ex, 'ban quản lý chợ chưa sửa mái che')?.speaker).toBe('Hà Thị Mơ');
    expect(quoteWith(ex, 'thực lực của hai đội bóng')).toBeUndefined();
  });
});

describe('"nói" before a wish with its own subject', () => {
  const ex = one(
    'Ông Đặng Quốc Huy nói phía đối tác mong muốn mở rộng hợp tác trong lĩnh vực vi mạch.',
    'Ông Huy nói điều mình muốn nhất là được về quê thăm mẹ.',
  );

  it('"X nói Y mong muốn …" reports Y\'s wish as X\'s words', () => {
    expect(quoteWith(ex, 'phía đối tác mong muốn mở rộng hợp tác')?.speaker).toBe('Đặng Quốc Huy');
  });

  it('"nói điều mình muốn …" names what he wants: no clause is reported', () => {
    expect(quoteWith(ex, 'điều mình muốn nhất')).toBeUndefined();
  });
});

describe('a defendant\'s account runs on into a sentence whose subject is "Bị cáo"', () => {
  const ex = one(
    'Cựu Giám đốc Sở Nội vụ Lê Thị Hạnh cho hay, gia đình bị cáo hiện không có người làm trụ cột. Bị cáo là mẹ đơn thân, có hai con đi học và mẹ già gần 90 tuổi.',
    'Ông Phan Văn Lộc cho biết, giá lúa năm nay tăng mạnh so với năm ngoái. Bị cáo vẫn đang bị tạm giam chờ ngày xét xử phúc thẩm.',
  );

  it('after words in which the speaker calls herself "bị cáo", "Bị cáo là …" is still hers', () => {
    expect(quoteWith(ex, 'mẹ đơn thân, có hai con đi học')?.speaker).toBe('Lê Thị Hạnh');
  });

  it('after someone else\'s words, a sentence about "Bị cáo" is the reporter\'s', () => {
    expect(quoteWith(ex, 'đang bị tạm giam chờ ngày xét xử')).toBeUndefined();
  });
});

describe('English words a subject calls something: "called it “…”", "deplored the “…”", "slammed … as “…”"', () => {
  const ex = one(
    'Karl Weber met the minister on Monday.',
    'Weber, who also visited the port during his stay, deplored the “slow pace of the reforms” in the shipping sector.',
    'Ingrid Holm slammed the ruling as “a blow to every worker in the country”.',
    'The trade ministry said it would appeal. It called the method used by the other side "unfair and far from the rules".',
    'Villagers gathered at a hall called “The Old Barn Of The Valley” to vote on the plan.',
  );

  it('gives the quoted words to the subject of the verb', () => {
    expect(quoteWith(ex, 'slow pace of the reforms')?.speaker).toBe('Karl Weber');
  });

  it('a subject it cannot read as a person leaves the words unnamed, never someone else\'s', () => {
    const q = quoteWith(ex, 'a blow to every worker');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).not.toBe('Karl Weber');
  });

  it('"It called …" names no one, and a place "called “…”" is a name, not speech', () => {
    expect(quoteWith(ex, 'unfair and far from the rules')?.speaker ?? null).toBeNull();
    expect(quoteWith(ex, 'The Old Barn')).toBeUndefined();
  });
});

describe('English wire copy: a name after what the person is, in lower case ("lawyer X told Reuters")', () => {
  const ex = one(
    'A court in the south jailed a farmer for four years on Monday.',
    '"The evidence against my client was thin," lawyer Vo Thanh Binh told Reuters, adding he would appeal.',
    '"About forty people were held at the station overnight," activist Dang Minh Chau told AFP by phone.',
  );

  it('gives the quotation to the person named after the description', () => {
    expect(quoteWith(ex, 'The evidence against my client was thin')?.speaker).toBe('Vo Thanh Binh');
    expect(quoteWith(ex, 'About forty people were held')?.speaker).toBe('Dang Minh Chau');
  });
});

describe('a role that closes the words and that no one of the page holds ("…, his lawyer said.")', () => {
  const ex = one('A student was jailed for five years by a local court on Wednesday for posting articles online, his lawyer said.');

  it('keeps the words, by no one to name', () => {
    const q = quoteWith(ex, 'jailed for five years by a local court');
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker).toBeNull();
    expect(q?.text).not.toContain('lawyer said');
  });
});
