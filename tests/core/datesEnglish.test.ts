import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/core/dates.js';
import type { IsoDate } from '../../src/core/types.js';

// 2019-06-12 is a Wednesday.
function found(text: string, reference: IsoDate = '2019-06-12'): Array<[string, IsoDate]> {
  return findDateMentions(text, reference).map((m) => [m.raw, m.date]);
}

describe('findDateMentions: English copy', () => {
  it.each<[string, string, Array<[string, IsoDate]>]>([
    ['weekday, past', 'The minister was re-elected Tuesday by the assembly.', [['Tuesday', '2019-06-11']]],
    ['on + weekday', 'In a surprise move on Monday, the board fired its chairman.', [['on Monday', '2019-06-10']]],
    ['today is inclusive', 'The ministry said Wednesday it would appeal.', [['Wednesday', '2019-06-12']]],
    ['weekday in a plan', 'The two leaders will meet on Friday in Hanoi.', [['on Friday', '2019-06-14']]],
    ['last + weekday', 'He spoke to reporters last Wednesday.', [['last Wednesday', '2019-06-05']]],
    ['month and day', 'He made the remarks in an interview on June 3.', [['June 3', '2019-06-03']]],
    ['day month year', 'The deal was signed on 3 March 2018 in Geneva.', [['3 March 2018', '2018-03-03']]],
    ['in + month', 'She was elected in April, after a long campaign.', [['in April', '2019-04']]],
    ['in + month in a plan', 'Both leaders are expected to attend the summit in July.', [['in July', '2019-07']]],
    ['a plan in the quoted words only', 'On June 3 the mayor said: “The bridge will open next spring.”', [['June 3', '2019-06-03']]],
    ['last month', 'He travelled to Moscow last month for talks.', [['last month', '2019-05']]],
    ['yesterday', 'The spokesman told reporters yesterday that talks continue.', [['yesterday', '2019-06-11']]],
    ['weeks ago, across a month boundary: only the year', 'A tribunal two weeks ago rejected the claims.', [['two weeks ago', '2019']]],
    ['in + year', 'The plant has been closed since 2014.', [['since 2014', '2014']]],
  ])('%s', (_form, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads a date phrase that opens the sentence, capitalised', () => {
    expect(found('Last week, the port authority reopened two berths.')).toEqual([['Last week', '2019-06']]);
    expect(found('Yesterday, the union called off the strike.')).toEqual([['Yesterday', '2019-06-11']]);
    expect(found('Last month the regulator fined three lenders.')).toEqual([['Last month', '2019-05']]);
    expect(found('Two weeks ago, the mayor stepped down.', '2019-06-26')).toEqual([['Two weeks ago', '2019-06']]);
    expect(found('In April, the carrier added a second daily flight.')).toEqual([['In April', '2019-04']]);
    expect(found('Since 2014, the plant has stood idle.')).toEqual([['Since 2014', '2014']]);
  });

  it('reads the part of a month, written with a space or a hyphen', () => {
    expect(found('The campaign was launched in late April with a concert.')).toEqual([['in late April', '2019-04']]);
    expect(found('Rains returned in mid-May after a dry spell.')).toEqual([['in mid-May', '2019-05']]);
  });

  it('reads no date from a schedule: "every Thursday", "on Mondays", "each Friday"', () => {
    expect(found('The council meets every Thursday at noon and on Mondays when needed; each Friday it publishes minutes.')).toEqual([]);
  });

  it('reads no date from a bare "May", a decade or a weekday-named title', () => {
    expect(found('Officials may meet again, he told the Sunday Times.')).toEqual([]);
    expect(found('Prices rose sharply in the 1990s.')).toEqual([]);
  });

  it('weeks ago within one month gives the month', () => {
    expect(found('A tribunal two weeks ago rejected the claims.', '2019-06-26')).toEqual([['two weeks ago', '2019-06']]);
  });

  it('leaves the year unknown without a publication date', () => {
    expect(found('He said so in an interview on December 15.', null)).toEqual([['December 15', '--12-15']]);
    expect(found('The spokesman said Thursday that talks continue.', null)).toEqual([['Thursday', null]]);
  });
});

describe('"May" in a Vietnamese name is not the month', () => {
  const dates = (text: string) => findDateMentions(text, '2025-06-01').map((m) => m.date);

  it('reads a garment company or the textile trade as words, not 10 May', () => {
    expect(dates('Ông Phan Văn Đức, Tổng giám đốc Tổng Công ty May 10, cho biết đơn hàng quý III tăng.')).toEqual([]);
    expect(dates('Công ty Cổ phần May 2 Phú Diên vừa ký hợp đồng mới.')).toEqual([]);
    expect(dates('Ngành Dệt May 10 tháng đầu năm xuất khẩu tăng mạnh.')).toEqual([]);
  });

  it('keeps the English month, also beside a Vietnamese name', () => {
    expect(dates('The talks ended on May 10, officials said.')).toEqual(['2025-05-10']);
    expect(dates('Deputy PM Trần Minh Khoa said on May 10 that talks would resume.')).toEqual(['2025-05-10']);
  });
});

describe('findDateMentions: a day word that ends a name', () => {
  it('"USA Today", "Bình Định Today" are papers, not today; the day word of the sentence is still read', () => {
    expect(found('Theo USA Today, cuộc đàm phán sẽ kéo dài.')).toEqual([]);
    expect(found('“Chúng tôi cần thêm thời gian”, ông Lạc nói với Bình Định Today chiều qua.')).toEqual([['chiều qua', '2019-06-11']]);
  });

  it('the day word opening a sentence or in lower case is still a day', () => {
    expect(found('Today, the minister said the plant would reopen.')).toEqual([['Today', '2019-06-12']]);
    expect(found('The Kremlin said today it was too early.')).toEqual([['today', '2019-06-12']]);
    expect(found('Yesterday Vietnam Airlines resumed the route.')).toEqual([['Yesterday', '2019-06-11']]);
  });
});
