/**
 * Issue 14 item 6: the digest shows verbatim words inside “ ” only; an 'on this day' statement cut to fit the embed
 * still closes the quotation after the ellipsis, so the reader does not take the cut words for the whole quote.
 * Statements written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/services.js';
import { digestEmbed } from '../../src/discord/digestReplies.js';

const source = { file: 'ben-xe.txt', title: 'Bến xe mới ở Tân Phong', url: 'https://example.vn/ben-xe', published: '2021-04-03', outlet: 'Báo Gió' };
const long = 'Chúng tôi sẽ chuyển toàn bộ các tuyến xe khách liên tỉnh về bến mới trước mùa mưa, mở thêm hai lối ra vào, '
  + 'lắp mái che cho khu chờ và bố trí xe trung chuyển miễn phí cho hành khách từ trung tâm thị trấn trong sáu tháng đầu';
const digest = (text: string): Digest => ({
  date: '2025-04-02', language: 'vi', empty: false, newArticles: [], quoteOfTheDay: null,
  onThisDay: [{ date: '2021-04-02', text, source }],
});
const onThisDay = (d: Digest): string => digestEmbed(d, false).fields!.find((f) => f.name === 'Ngày này năm xưa')!.value;

describe('digest on this day, cut to fit (item 6)', () => {
  it('closes the quotation a cut statement opened, after the ellipsis', () => {
    const line = onThisDay(digest(`Đinh Quang Vĩ: “${long}”`));
    expect(line).toContain('Đinh Quang Vĩ: “Chúng tôi sẽ chuyển toàn bộ');
    expect(line).toMatch(/…” · \[Báo Gió — Bến xe mới ở Tân Phong\]/);
  });

  it('adds no mark to a whole quotation, nor to an article sentence told without quotation marks', () => {
    expect(onThisDay(digest('Đinh Quang Vĩ: “Bến mới mở cửa từ tháng sau”'))).toContain('“Bến mới mở cửa từ tháng sau” · ');
    const told = onThisDay(digest(`Theo ông Vĩ, ${long}`));
    expect(told).not.toMatch(/[“”]/);
  });
});
