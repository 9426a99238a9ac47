import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-20');

describe('English titles that carry their office before the name', () => {
  const ex = one(
    'The provincial council met on Monday to review the water plan.',
    'Presenting the report, Chairman of the Provincial People’s Committee Nguyen Van Tam said that farmers need more water for the rice fields.',
    'Head of the Assembly’s Budget Commission Tran Thi Lan said that the deficit would narrow next year.',
    'Secretary for Health Maria Lopez said the new hospital would open in June.',
    'Minister of Transport Le Van Son said that the coastal road would be finished in May.',
  );

  it('the name starts after the office words or at a Vietnamese family name', () => {
    expect(quoteWith(ex, 'farmers need more water')?.speaker).toBe('Nguyen Van Tam');
    expect(quoteWith(ex, 'the new hospital would open')?.speaker).toBe('Maria Lopez');
    expect(quoteWith(ex, 'the coastal road would be finished')?.speaker).toBe('Le Van Son');
  });

  it('a body named in the title is whose office it is, not the speaker', () => {
    expect(quoteWith(ex, 'the deficit would narrow')?.speaker).toBe('Tran Thi Lan');
  });

  it('a title written in title case inside the office run ("… Education Deputy Head X") is no part of the name', () => {
    const t = one(
      'The provincial Party Committee’s Commission for Culture and Sport Deputy Head Pham Van Duc said at a press conference on Tuesday that the theatre would close for repairs.',
      'The Harbour Authority Vice Chairman Ho Thi Nga said the ferry timetable would change in July.',
    );
    expect(quoteWith(t, 'the theatre would close for repairs')?.speaker).toBe('Pham Van Duc');
    expect(quoteWith(t, 'the ferry timetable would change')?.speaker).toBe('Ho Thi Nga');
  });

  it('a company after office words is no person', () => {
    const co = one(
      'Thị trường vốn mạo hiểm năm nay trầm lắng sau nhiều thương vụ thất bại.',
      'Giữa lúc các quỹ đầu tư đều thận trọng với những vòng gọi vốn lớn, ông Lâm Văn Tú - Chủ tịch kiêm CEO của CTCP Đầu tư Sài Gòn (Saigon Trade Investment Holding Group, STG) - nổi tiếng với những nhận định thẳng thắn.',
      'Trong buổi tọa đàm, ông chia sẻ rằng một nhà sáng lập giỏi phải theo đuổi đến cùng.',
    );
    expect(quoteWith(co, 'phải theo đuổi đến cùng')?.speaker).toBe('Lâm Văn Tú');
  });
});

describe('English reported speech after its clause', () => {
  const ex = one(
    'The provincial council met on Monday to review the water plan.',
    'Farmers are worried that the dry season will be longer this year, said Chairman of the Provincial People’s Committee Nguyen Van Tam.',
    'The aim of the plan was to save water for the poorest districts, Tam said, adding that the budget was tight.',
  );

  it('"…, said <title> <name>." names the speaker after the verb', () => {
    const q = quoteWith(ex, 'the dry season will be longer');
    expect(q?.speaker).toBe('Nguyen Van Tam');
    expect(q?.kind).toBe('indirect');
  });

  it('"A, X said, adding that B": both A and B are X’s', () => {
    expect(quoteWith(ex, 'save water for the poorest districts')?.speaker).toBe('Nguyen Van Tam');
    expect(quoteWith(ex, 'the budget was tight')?.speaker).toBe('Nguyen Van Tam');
  });
});

describe('an English name with its title after it', () => {
  const ex = one(
    'The under-20 side lost 0-2 to Japan in its opening match on Sunday.',
    'Marco Bellini, coach of Italian juniors, said he was "proud of the young players."',
    '"We made two mistakes and they punished us, but I am proud of the young players," he said as reported by the federation website.',
  );

  it('"X, coach of Y, said" makes X a person who speaks; the team after "of" is no name', () => {
    const q = quoteWith(ex, 'We made two mistakes');
    expect(q?.speaker).toBe('Marco Bellini');
    expect(ex.quotes.some((x) => x.speaker === 'Italian')).toBe(false);
  });

  it('a few quoted words and the fuller quotation of the same article are one quote, shown in full', () => {
    const qs = ex.quotes.filter((x) => x.text.includes('proud of the young players'));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain('We made two mistakes');
  });
});

describe('who "he" is after reported words', () => {
  const ex = one(
    'The budget committee met in Hanoi on Monday.',
    'HÀ NỘI — Growth this year may reach just 5%, said Deputy Prime Minister Tran Quoc Binh.',
    'The figure was close to the one given by Party chief Hoang Van Dat last week, he added.',
    'Exports are likely to miss their target this year, said Ly Thanh Son, head of the Assembly’s Trade Commission, at the meeting.',
    'Three old bottlenecks still hold back investment in the provinces, he added.',
  );

  it('the dateline before the reported words is not part of them', () => {
    expect(quoteWith(ex, 'Growth this year may reach just 5%')?.text).toBe('Growth this year may reach just 5%');
  });

  it('a pronoun after the clause never means a person named inside it', () => {
    expect(quoteWith(ex, 'close to the one given by')?.speaker).toBe('Tran Quoc Binh');
  });

  it('"…, said <full name>, <title>, at <occasion>." names the speaker, whom the next "he" continues', () => {
    expect(quoteWith(ex, 'Exports are likely to miss')?.speaker).toBe('Ly Thanh Son');
    expect(quoteWith(ex, 'Three old bottlenecks')?.speaker).toBe('Ly Thanh Son');
  });

  it('a body inside a description after a bare name is never the speaker', () => {
    const other = one(
      'The forum opened in Hanoi on Sunday.',
      'Pham Duc Loc, deputy head of the NA Economic Committee, said some targets are unlikely to be reached this year.',
      'Vo Thi Hue, chairwoman of the National Assembly’s Social Committee, said hospitals need more nurses.',
    );
    expect(other.quotes.some((q) => q.speaker === 'NA' || q.speaker === 'National Assembly' || q.speaker === 'Social Committee')).toBe(false);
  });
});
