/**
 * Issue 14: what a reader sees, on articles written for these tests. Replies are read as a person reads them:
 * the console's text, or the Discord embed's fields.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { answerQuestion } from '../../src/answer/view.js';
import type { CorpusDocument, CorpusEvent, Extraction, Quote } from '../../src/core/types.js';
import { highlight } from '../../src/discord/format.js';
import { commandsJson } from '../../src/discord/register.js';
import { buildAnswerReply, type ReplyPayload } from '../../src/discord/replies.js';
import { createSearchIndex } from '../../src/search/index.js';
import { eventIn, quoteIn, sourceOf } from '../helpers/articles.js';
import { createTestContext } from '../helpers/botFixtures.js';
import { consoleText } from '../helpers/consoleText.js';

const doc = (file: string, title: string | null, outlet: string | null, published: string | null, paragraphs: string[]): CorpusDocument => ({
  file, path: `/c/${file}`, title, outlet, author: null, url: title ? `https://example.vn/${file}` : null, published,
  publishedEvidence: published ? 'header' : null, publishedRaw: published, paragraphs, mtimeMs: 0, warnings: [],
});
const DOCS = [
  doc('010_a1b2c3.txt', 'Cảng Lạc Sơn mở tuyến phà mới', 'Báo Mẫu & Đời sống', '2025-05-06', [
    'Giám đốc cảng Hồ Văn Lạc cho biết tuyến phà mới chạy từ ngày 5/5.',
    '“[Tuyến] phà này giúp người dân đỡ hai giờ đi đường”, ông Lạc nói.',
    'Phát ngôn viên của cảng nói mức phạt với xe quá tải sẽ tăng.',
  ]),
  doc('011_d4e5f6.txt', 'Phà mới ở Lạc Sơn', 'BM&ĐS', '2025-05-07', [
    '“[Tuyến] phà này giúp người dân đỡ hai giờ đi đường”, ông Lạc nói.',
  ]),
  doc('012_g7h8i9.txt', null, null, null, [
    'Sáng 12/3, đoàn khảo sát đã đến bến phà Lạc Sơn để đo độ sâu luồng.',
  ]),
];
const QUOTES: Quote[] = [
  {
    id: 'q1', speaker: 'Hồ Văn Lạc', speakerId: 'ho-van-lac', text: '[Tuyến] phà này giúp người dân đỡ hai giờ đi đường', kind: 'direct',
    date: '2025-05-06', dateSource: 'published', excerpt: DOCS[0]!.paragraphs[1]!, sources: [sourceOf(DOCS[0]!), sourceOf(DOCS[1]!)],
  },
];
const EVENTS: CorpusEvent[] = [
  eventIn(DOCS[0]!, 0, { id: 'e1', date: '2025-05-05', text: 'tuyến phà mới chạy từ ngày 5/5' }),
  eventIn(DOCS[2]!, 0, { id: 'e2', date: '--03-12', text: 'Sáng 12/3, đoàn khảo sát đã đến bến phà Lạc Sơn để đo độ sâu luồng' }),
];
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [{ id: 'ho-van-lac', name: 'Hồ Văn Lạc', aliases: ['ông Lạc', 'Lạc'], role: 'Giám đốc cảng' }],
  quotes: QUOTES,
  events: EVENTS,
};
const index = createSearchIndex(EXTRACTION);

async function console_(lines: string[], locale = 'vi'): Promise<string> {
  return consoleText(createTestContext({ index }), lines, locale);
}

function embedText(p: ReplyPayload): string {
  return (p.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]).join('\n');
}

describe('sources (item 3)', () => {
  it('are shown by outlet, title, date and link, and one outlet written two ways is one name', () => {
    const text = embedText(buildAnswerReply({ set: answerQuestion(index, 'phà giúp người dân đỡ hai giờ đi đường'), page: 0, lang: 'vi', state: 's' }));
    expect(text).toContain('[Báo Mẫu & Đời sống — Cảng Lạc Sơn mở tuyến phà mới](https://example.vn/010_a1b2c3.txt)');
    expect(text).toContain('[Báo Mẫu & Đời sống — Phà mới ở Lạc Sơn](https://example.vn/011_d4e5f6.txt)');
    expect(text).not.toContain('BM&ĐS');
    expect(text).not.toContain('.txt]');
  });

  it('an untitled article is named by its first line, not its file name', async () => {
    const text = await console_(['/ask đoàn khảo sát đo độ sâu luồng']);
    expect(text).toContain('Nguồn: Sáng 12/3, đoàn khảo sát đã đến bến phà Lạc Sơn để đo độ sâu luồng.');
    expect(text).not.toContain('012_g7h8i9.txt');
  });
});

describe('console (item 7)', () => {
  it('shows article brackets as written, with no markdown left over', async () => {
    const text = await console_(['/ask phà giúp người dân đỡ hai giờ đi đường']);
    expect(text).toContain('“[Tuyến] phà này giúp người dân đỡ hai giờ đi đường”');
    expect(text).not.toMatch(/\\|\*\*/);
  });

  it('takes a line that is not a command as a question, and answers an English question in English', async () => {
    const text = await console_(['Lạc nói gì về phà', 'What did Lac say?']);
    expect(text).toContain('Người nói: Hồ Văn Lạc');
    expect(text).toContain('Speaker: Hồ Văn Lạc');
    expect(text).not.toContain('Không có lệnh');
  });

  it('/help ask prints the option syntax of /ask', async () => {
    const text = await console_(['/help ask']);
    expect(text).toContain('/ask question:<…> [private:<…>]');
    expect(text).not.toContain('/timeline');
  });

  it('bolds a word typed with diacritics only where the article has that word ("phạt", not "Phát")', () => {
    expect(highlight('Phát ngôn viên nói mức phạt sẽ tăng', ['phạt'])).toBe('Phát ngôn viên nói mức **phạt** sẽ tăng');
    expect(highlight('Phát ngôn viên nói mức phạt sẽ tăng', ['phat'])).toBe('**Phát** ngôn viên nói mức **phạt** sẽ tăng');
  });
});

describe('one language a reply (item 8)', () => {
  it('a missing option and a reload are said in the reply language', async () => {
    const vi = await console_(['/ask', '/reload']);
    expect(vi).toContain('Thiếu tuỳ chọn “question”. Cách dùng: /ask question:<…> [private:<…>]');
    expect(vi).toMatch(/Đã tải lại kho bài báo: 3 bài, 1 trích dẫn, 2 sự kiện, 1 người nói\./);
    expect(vi).not.toMatch(/missing|Reloaded/);
    const en = await console_(['/reload'], 'en-US');
    expect(en).toContain('Corpus reloaded: 3 articles, 1 quote, 2 events, 1 speaker.');
  });

  it('/digest set does not ask for a time zone or time: the documented defaults apply', async () => {
    const set = commandsJson(COMMANDS).find((c) => c.name === 'digest') as { options: Array<{ name: string; options?: Array<{ name: string; required?: boolean }> }> };
    const options = set.options.find((o) => o.name === 'set')!.options!;
    expect(options.find((o) => o.name === 'timezone')?.required).not.toBe(true);
    expect(options.find((o) => o.name === 'time')?.required).not.toBe(true);
    expect(await console_(['/digest set channel:123456789012345678'])).not.toMatch(/Thiếu|timezone/);
  });
});

describe('/timeline (item 9)', () => {
  it('lists what happened on a day of unknown year after the dated items, saying the year is unknown', async () => {
    const text = await console_(['/timeline']);
    expect(text).toContain('5/5/2025');
    expect(text).toContain('12/3 (không rõ năm)');
    expect(text.indexOf('5/5/2025')).toBeLessThan(text.indexOf('12/3 (không rõ năm)'));
  });

  it('says when an event is dated only by the publication day of its report', async () => {
    const lede = doc('013_j1k2l3.txt', 'Bắt ba đối tượng trộm xe', 'Báo Mẫu & Đời sống', '2025-06-02', [
      'Công an huyện vừa bắt giữ ba đối tượng trộm cắp xe máy tại chợ đầu mối.',
    ]);
    const ev = { ...eventIn(lede, 0, { id: 'e3', date: '2025-06-02', text: 'Công an huyện vừa bắt giữ ba đối tượng trộm cắp xe máy tại chợ đầu mối' }), dateSource: 'published' as const };
    const idx = createSearchIndex({ ...EXTRACTION, documents: [...DOCS, lede], events: [...EVENTS, ev] });
    const text = await consoleText(createTestContext({ index: idx }), ['/timeline']);
    expect(text).toContain('2/6/2025 (ngày đăng bài đưa tin)');
    expect(text).toContain('5/5/2025');
    expect(text).not.toContain('5/5/2025 (ngày đăng bài');
  });
});

describe('digest in the console (item 6)', () => {
  it('the quote of the day is a blockquote on its own lines, with no ">" left mid-line', async () => {
    const text = await console_(['/digest preview']);
    expect(text).toContain('Trích dẫn trong ngày:\n  “');
    expect(text).not.toMatch(/: > /);
  });
});

describe('one statement, one answer (item 4)', () => {
  // Two outlets translate one remark of a minister differently; one of them says when it was said.
  const d1 = doc('020_x.txt', 'Bộ trưởng Ilves nói về cảng cá', 'Báo Gió', '2025-06-03', [
    'Bộ trưởng Karin Ilves nói: “Chúng tôi sẽ mở lại cảng cá phía bắc cho ngư dân trong mùa hè này và giảm phí neo đậu”.',
  ]);
  const d2 = doc('021_y.txt', 'Cảng cá phía bắc sắp mở lại', 'Tin Biển', null, [
    'Theo bà Ilves, “chúng tôi sẽ mở cửa lại cảng cá phía bắc cho ngư dân vào mùa hè này, đồng thời giảm phí neo đậu tàu”.',
  ]);
  const q = (id: string, d: CorpusDocument, text: string, date: string | null): Quote => quoteIn(d, 0, {
    id, speaker: 'Karin Ilves', speakerId: 'karin-ilves', text, kind: 'direct', date, dateSource: date ? 'sentence' : null,
  });
  const x: Extraction = {
    documents: [d1, d2],
    speakers: [{ id: 'karin-ilves', name: 'Karin Ilves', aliases: ['bà Ilves', 'Ilves'], role: 'Bộ trưởng' }],
    quotes: [
      q('u', d2, 'chúng tôi sẽ mở cửa lại cảng cá phía bắc cho ngư dân vào mùa hè này, đồng thời giảm phí neo đậu tàu', null),
      q('d', d1, 'Chúng tôi sẽ mở lại cảng cá phía bắc cho ngư dân trong mùa hè này và giảm phí neo đậu', '2025-06-02'),
    ],
    events: [],
  };
  const twoIndex = createSearchIndex(x);

  it('two renderings are shown together, the dated one first, with both wordings and both sources', async () => {
    const text = await consoleText(createTestContext({ index: twoIndex }), ['/ask Ilves nói gì về cảng cá']);
    expect(text).toContain('“Chúng tôi sẽ mở lại cảng cá phía bắc cho ngư dân trong mùa hè này và giảm phí neo đậu”\n');
    expect(text).toContain('Thời gian: 2/6/2025');
    expect(text).toContain('Cùng phát biểu, cách dịch khác:\n     • “chúng tôi sẽ mở cửa lại cảng cá phía bắc');
    expect(text).toContain('Tin Biển — Cảng cá phía bắc sắp mở lại');
    expect(text).not.toContain('Kết quả 1/2');
    expect(answerQuestion(twoIndex, 'Ilves nói gì về cảng cá').answers).toHaveLength(1);
  });
});

describe('find source (item 2)', () => {
  const d = doc('030_z.txt', 'Thị trưởng Novak bàn về xe điện', 'Báo Gió', '2025-07-01', [
    'Thị trưởng Lukas Novak nói: “Thành phố không phải là nơi bắt đầu cuộc đua giá vé, chính các hãng xe đã khởi xướng nó”.',
    'Ông Novak cho biết thêm hai bên sẽ ngồi vào bàn thương lượng trong tuần tới.',
  ]);
  const x: Extraction = {
    documents: [d],
    speakers: [{ id: 'lukas-novak', name: 'Lukas Novak', aliases: ['ông Novak', 'Novak'], role: 'Thị trưởng' }],
    quotes: [
      quoteIn(d, 0, { id: 'n1', speaker: 'Lukas Novak', speakerId: 'lukas-novak', text: 'Thành phố không phải là nơi bắt đầu cuộc đua giá vé, chính các hãng xe đã khởi xướng nó',
        kind: 'direct', date: '2025-07-01', dateSource: 'published' }),
      quoteIn(d, 1, { id: 'n2', speaker: 'Lukas Novak', speakerId: 'lukas-novak', text: 'hai bên sẽ ngồi vào bàn thương lượng trong tuần tới',
        kind: 'indirect', date: '2025-07-01', dateSource: 'published' }),
    ],
    events: [],
  };
  const run = async (line: string): Promise<string> => {
    return consoleText(createTestContext({ index: createSearchIndex(x) }), [`${line}`]);
  };

  it('finds the statement a short chat line quotes', async () => {
    const text = await run('/findsource ngồi vào bàn thương lượng');
    expect(text).toContain('Người nói: Lukas Novak');
    expect(text).not.toContain('diễn đạt lại');
  });

  it('finds the statement a chat line paraphrases, and says it is a paraphrase', async () => {
    const text = await run('/findsource Novak nói thành phố không bắt đầu cuộc đua giá vé, các hãng xe mới khởi xướng nó');
    expect(text).toContain('Tin nhắn diễn đạt lại phát biểu dưới đây, không trích nguyên văn.');
    expect(text).toContain('Thành phố không phải là nơi bắt đầu cuộc đua giá vé');
  });

  it('still finds nothing for a line the articles do not hold', async () => {
    expect(await run('/findsource hôm nay trời đẹp, đi chơi thôi')).toContain('Không tìm thấy đoạn này trong các bài báo.');
  });
});
