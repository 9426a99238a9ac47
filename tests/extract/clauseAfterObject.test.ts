import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-14');

describe('"tiết lộ", "thông báo" before a clause with a subject of its own', () => {
  const ex = one(
    'HLV Đặng Văn Lực trả lời báo chí sau trận giao hữu tối 13/9.',
    'HLV Đặng Văn Lực tiết lộ tiền đạo số 9 đã bị rách cơ đùi sau pha va chạm ở hiệp một.',
    'Giám đốc Sở Y tế Lê Thị Ngân thông báo hai bệnh viện tuyến huyện sẽ được nâng cấp trong năm tới.',
    'Bà Ngân cũng tiết lộ bí quyết giữ gìn sức khỏe của mình.',
    'Bà Ngân thông báo lịch tiêm chủng mở rộng tại các phường.',
  );

  it('report that clause, with the speaker', () => {
    expect(quoteWith(ex, 'tiền đạo số 9 đã bị rách cơ đùi')?.speaker).toBe('Đặng Văn Lực');
    const q = quoteWith(ex, 'hai bệnh viện tuyến huyện sẽ được nâng cấp');
    expect(q?.speaker).toBe('Lê Thị Ngân');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('hai bệnh viện tuyến huyện sẽ được nâng cấp trong năm tới');
  });

  it('an object with no clause after the verb is no statement', () => {
    expect(quoteWith(ex, 'bí quyết giữ gìn sức khỏe')).toBeUndefined();
    expect(quoteWith(ex, 'lịch tiêm chủng')).toBeUndefined();
  });
});

describe('English verbs with an addressee before the reported clause', () => {
  const ex = one(
    'Labour Minister Karen Holt met union leaders in Leeds on Friday.',
    'Holt told reporters after the meeting that the talks had been productive.',
    'Holt told the BBC she was confident of a deal before Christmas.',
    'Holt warned employers that a strike could spread to other plants.',
    'Holt assured workers that no jobs would be lost this year.',
    'Holt told them the story of her first job at the plant.',
    'Holt told reporters about a plan that would cut overtime.',
  );

  it('"told X (that) …", "warned X that …", "assured X that …" report the clause', () => {
    expect(quoteWith(ex, 'the talks had been productive')?.speaker).toBe('Karen Holt');
    expect(quoteWith(ex, 'the talks had been productive')?.text).toBe('the talks had been productive');
    expect(quoteWith(ex, 'she was confident of a deal')?.speaker).toBe('Karen Holt');
    expect(quoteWith(ex, 'a strike could spread')?.speaker).toBe('Karen Holt');
    expect(quoteWith(ex, 'no jobs would be lost')?.speaker).toBe('Karen Holt');
  });

  it('an object, or a relative "that", is no reported clause', () => {
    expect(quoteWith(ex, 'the story of her first job')).toBeUndefined();
    expect(quoteWith(ex, 'would cut overtime')).toBeUndefined();
  });
});

describe('a name that ends on a syllable spelled like a Vietnamese verb', () => {
  it('"Tran Van Khai, …, told X he was …": the name is the subject, not a verb "khai"', () => {
    const ex = one(
      'Director Tran Van Khai of the provincial health department visited the district hospital on Monday.',
      'Tran Van Khai, deputy head of the provincial health department, told reporters he was aware of the complaints.',
    );
    const q = quoteWith(ex, 'he was aware of the complaints');
    expect(q?.speaker).toBe('Tran Van Khai');
    expect(q?.text).toBe('he was aware of the complaints');
    expect(quoteWith(ex, 'deputy head of the provincial')).toBeUndefined();
  });
});
