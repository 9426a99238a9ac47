import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented report: a hospital director stops her car to save an injured man; the story's first sentence repeats
// her office as the one who stopped, the second has her speak. Her office is a long one (seven words), and the
// extraction kept only its head as her role.
const doc = articlesOn('2025-10-20');
const STORY = doc('b1.txt', 'Nữ giám đốc bệnh viện dừng xe cứu người gặp nạn', [
  'Người đàn ông gặp nạn trên quốc lộ được nữ Giám đốc Bệnh viện Đa khoa Tân Lạc dừng xe đưa đi cấp cứu, hiện sức khỏe đã khá hơn.',
  'Bà Lường Thị Vân, Giám đốc Bệnh viện Đa khoa Tân Lạc, cho biết bệnh nhân đã tỉnh táo, ăn uống được và có thể xuất viện trong tuần tới.',
]);
const VAN: Quote = quoteIn(STORY, 1, {
  id: 'v1', speaker: 'Lường Thị Vân', speakerId: 'luong-thi-van', kind: 'indirect', date: '2025-10-19', dateSource: 'context',
  text: 'bệnh nhân đã tỉnh táo, ăn uống được và có thể xuất viện trong tuần tới',
});
const EXTRACTION: Extraction = {
  documents: [STORY],
  speakers: [{ id: 'luong-thi-van', name: 'Lường Thị Vân', aliases: ['Bà Lường Thị Vân'], role: 'Giám đốc' }],
  quotes: [VAN],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"<a long office> cho biết …": the office is who is asked to have spoken', () => {
  it('the director\'s statement comes before the sentence that only names her office', () => {
    const [r] = index.ask('Giám đốc Bệnh viện Đa khoa Tân Lạc cho biết người đàn ông gặp nạn hiện sức khỏe thế nào?');
    expect(r?.speaker).toBe('Lường Thị Vân');
    expect(r?.text).toBe(VAN.text);
  });
});
