import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented launch: a singer judges a songwriter's album in words the extraction did not attribute; the songwriter
// speaks of his own album.
const doc = articlesOn('2025-09-12');
const LAUNCH = doc('l1.txt', 'Hà Thu My khen album đầu tay của Quang Khởi', [
  'Tối 11/9, ca sĩ Hà Thu My có mặt tại Nhà hát Lớn cùng nhiều đồng nghiệp.',
  'Nhạc sĩ Quang Khởi cho biết album đầu tay là tâm huyết mười năm của anh, anh từng ngại hát trước đám đông vì giọng hát không tròn vành.',
  'Có mặt tại buổi ra mắt, ca sĩ Hà Thu My nhận xét các bài hát mộc mạc, chân thành và rất hợp để nghe vào đêm khuya.',
]);
const VU = quoteIn(LAUNCH, 1, {
  id: 'v1', speaker: 'Quang Khởi', speakerId: 'quang-vu',
  text: 'album đầu tay là tâm huyết mười năm của anh, anh từng ngại hát trước đám đông vì giọng hát không tròn vành',
  kind: 'indirect', date: '2025-09-11', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: [LAUNCH],
  speakers: [{ id: 'quang-vu', name: 'Quang Khởi', aliases: ['Nhạc sĩ Quang Khởi'], role: 'Nhạc sĩ' }],
  quotes: [VU],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"X nói gì về Y", X a name no speaker has: another named speaker\'s words are not X\'s', () => {
  it('the sentences naming X come before the songwriter\'s words about his own album', () => {
    const answers = index.ask('Hà Thu My nói gì về album của Quang Khởi?');
    expect(answers[0]?.speaker).toBeNull();
    expect(answers[0]?.text).toContain('Hà Thu My');
    expect(answers.findIndex((r) => r.speaker === 'Quang Khởi')).toBeGreaterThan(0);
  });

  it('asked of the songwriter himself, his words still come first', () => {
    expect(index.ask('Quang Khởi nói gì về album đầu tay?')[0]?.speaker).toBe('Quang Khởi');
  });
});
