/**
 * Issue 14: `/quote speaker:<a name no article quotes>` offered "did you mean" an unrelated person (autocomplete's loose
 * matches: any name sharing a few letters). Only a name the typed one may be a slip of is offered now; else the reply
 * says no name is close, and names the most quoted speakers as people who can be asked for.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction, Speaker } from '../../src/core/types.js';
import { resolveSpeakerOption } from '../../src/discord/speakers.js';
import { UserError } from '../../src/errors.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented people: a harbour master, a rice trader and a foreign envoy.
const doc = articlesOn('2025-05-06');
const A = doc('a.txt', 'Cảng cá Vĩnh Lạc mở rộng', [
  '“Cảng sẽ đón tàu 800 tấn từ năm sau”, ông Trần Minh Tuấn, Giám đốc cảng cá Vĩnh Lạc, nói.',
  '“Giá lúa tăng nhờ đơn hàng mới”, bà Lò Thị Hạnh, thương lái ở xã Đông Sa, cho biết.',
  '“We welcome the new harbour”, said envoy Marten Vollbrecht.',
]);
const SPEAKERS: Speaker[] = [
  { id: 'tran-minh-tuan', name: 'Trần Minh Tuấn', aliases: ['ông Trần Minh Tuấn'], role: 'Giám đốc cảng cá Vĩnh Lạc' },
  { id: 'lo-thi-hanh', name: 'Lò Thị Hạnh', aliases: ['bà Lò Thị Hạnh'], role: 'thương lái' },
  { id: 'marten-vollbrecht', name: 'Marten Vollbrecht', aliases: [], role: 'envoy' },
];
const EXTRACTION: Extraction = {
  documents: [A],
  speakers: SPEAKERS,
  quotes: [
    quoteIn(A, 0, { id: 'q1', speaker: 'Trần Minh Tuấn', speakerId: 'tran-minh-tuan', text: 'Cảng sẽ đón tàu 800 tấn từ năm sau', kind: 'direct', date: '2025-05-06', dateSource: 'published' }),
    quoteIn(A, 1, { id: 'q2', speaker: 'Lò Thị Hạnh', speakerId: 'lo-thi-hanh', text: 'Giá lúa tăng nhờ đơn hàng mới', kind: 'direct', date: '2025-05-06', dateSource: 'published' }),
    quoteIn(A, 2, { id: 'q3', speaker: 'Marten Vollbrecht', speakerId: 'marten-vollbrecht', text: 'We welcome the new harbour', kind: 'direct', date: '2025-05-06', dateSource: 'published' }),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

/** The message a user sees for a typed speaker, or the resolved name. */
function reply(typed: string, locale = 'vi'): string {
  try {
    return resolveSpeakerOption(index, typed, locale).name;
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
}

describe('/quote with a speaker no article quotes', () => {
  it('a slip of a known name is offered ("Lò Thị Hạn" for Lò Thị Hạnh)', () => {
    expect(reply('Lò Thị Hạn')).toBe('Không biết người nói “Lò Thị Hạn”. Có phải: Lò Thị Hạnh?');
  });

  it('a mistyped foreign name still resolves ("Vollbrech")', () => {
    expect(reply('Vollbrech')).toBe('Marten Vollbrecht');
  });

  it('another person who shares a family and middle name is not offered ("Trần Minh Khôi")', () => {
    const text = reply('Trần Minh Khôi');
    expect(text).not.toContain('Trần Minh Tuấn?');
    expect(text).toContain('Không biết người nói “Trần Minh Khôi”. Không có tên nào gần giống trong các bài báo.');
  });

  it('a name sharing only some letters with one is not offered, and the reply says none is close', () => {
    const text = reply('Hạnh Phúc', 'en-US');
    expect(text).not.toContain('Did you mean');
    expect(text).toContain('I don’t know a speaker called “Hạnh Phúc”. No name in the articles is close to it. The most quoted speakers: ');
  });

  it('a known name still resolves', () => {
    expect(reply('bà Lò Thị Hạnh')).toBe('Lò Thị Hạnh');
  });
});
