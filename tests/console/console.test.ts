import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { parseCommandLine } from '../../src/console/parse.js';
import { commandsJson } from '../../src/discord/register.js';
import { createTestContext } from '../helpers/botFixtures.js';
import { consoleText } from '../helpers/consoleText.js';

async function run(lines: string[], locale = 'vi'): Promise<string> {
  return consoleText(createTestContext(), lines, locale);
}

describe('console mode, piped input', () => {
  it('answers a question with the cited excerpt, speaker, date and source', async () => {
    const text = await run(['/ask bao nhiêu xe buýt điện?']);
    expect(text).toContain('“Thành phố sẽ có thêm 200 xe buýt điện trong năm tới”');
    expect(text).not.toContain('**');
    expect(text).toContain('Trần Thị Mai');
    expect(text).toContain('17/11/2024');
    expect(text).toContain('Báo Thủ Đô — Hà Nội mở rộng tuyến xe buýt điện, 18/11/2024 <https://example.vn/xe-buyt-dien>');
  });

  it('runs several commands in order, with key:value options, paging and an unknown command', async () => {
    const text = await run(['/quote speaker:Lê Văn Hùng topic:giá lúa', '/ask xe buýt điện giá lúa', '/next', '/frobnicate', '/about'], 'en-US');
    expect(text).toContain('> “Giá lúa *sẽ* còn tăng, @everyone nên chuẩn bị”\n— Lê Văn Hùng, Dec 2024');
    expect(text).toContain('Result 2 of 2');
    expect(text).toContain('There is no command “/frobnicate”.');
    expect(text).toContain('/ask');
    expect(text).toContain('Articles: 3');
  });

  it('a speaker nobody close to is answered with who can be asked for, in the reader\'s language', async () => {
    const vi = await run(['/quote speaker:Zyxwvut']);
    expect(vi).toContain('Không biết người nói “Zyxwvut”. Không có tên nào gần giống trong các bài báo. Những người được trích dẫn nhiều nhất: ');
    expect(vi).toMatch(/nhiều nhất: [^\n]*(Trần Thị Mai|Lê Văn Hùng)/);
    const en = await run(['/quote speaker:Zyxwvut'], 'en-US');
    expect(en).toContain('I don’t know a speaker called “Zyxwvut”. No name in the articles is close to it. The most quoted speakers: ');
  });

  it('stops at /quit', async () => {
    const text = await run(['/quit', '/about']);
    expect(text).toBe('');
  });

  it('names a missing option in the reader\'s language, without mixing languages', async () => {
    expect(await run(['/quote'])).toContain('Thiếu tuỳ chọn “speaker”. Cách dùng: /quote speaker:<…>');
    expect(await run(['/quote'], 'en-US')).toContain('Missing option “speaker”. Usage: /quote speaker:<…>');
  });

  it('tells a paraphrase in a pasted line as plain words, without markdown markers', async () => {
    const text = await run(['/findsource thành phố sắp có thêm 200 chiếc xe buýt chạy điện']);
    expect(text).toContain('Tin nhắn diễn đạt lại phát biểu dưới đây, không trích nguyên văn.');
    expect(text).not.toMatch(/\*Tin nhắn|nguyên văn\.\*/);
    expect(text).toContain('Trần Thị Mai');
  });

  it('previews the digest', async () => {
    const text = await run(['/digest preview']);
    expect(text).toContain('Trích dẫn trong ngày');
  });

  it('turns the digest on for a channel typed by its id, at the documented default time and zone (issue 14 item 8)', async () => {
    // The console's user runs the bot: no permission of theirs is unknown (it was refused as 'cannot see the channel').
    const text = await run(['/digest set channel:<#223344556677889900>', '/digest set channel:general']);
    expect(text).toContain('Đã bật bản tin: <#223344556677889900> lúc 08:00 (Asia/Ho_Chi_Minh).');
    // The next run is one time, printed once (Discord shows it as a date and as 'in 9 hours').
    expect(text).toMatch(/Lần chạy tới: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n/);
    expect(text).not.toContain('không có quyền');
    // A channel name is no channel the console knows.
    expect(text).toContain('Hãy chọn một kênh văn bản.');
  });

  it('prints a command named in a reply without markdown code marks', async () => {
    expect(await run(['/digest status'])).toContain('Máy chủ này chưa đặt bản tin. Dùng /digest set.');
  });
});

describe('parseCommandLine', () => {
  const json = commandsJson(COMMANDS);
  it.each([
    ['/ask putin noi gi', { command: 'ask', values: { question: 'putin noi gi' } }],
    ['/quote Mai', { command: 'quote', values: { speaker: 'Mai' } }],
    ['/quote speaker:Mai topic:trừng phạt kinh tế date:11/2024', { command: 'quote', values: { speaker: 'Mai', topic: 'trừng phạt kinh tế', date: '11/2024' } }],
    ['/timeline topic:xe buýt', { command: 'timeline', values: { topic: 'xe buýt' } }],
    ['/digest preview', { command: 'digest', subcommand: 'preview', values: {} }],
    ['/hỏi xe buýt', { command: 'ask', values: { question: 'xe buýt' } }],
    ['/ask câu hỏi: có dấu hai chấm private:true', { command: 'ask', values: { question: 'câu hỏi: có dấu hai chấm', private: true } }],
  ])('%s', (line, expected) => {
    expect(parseCommandLine(json, line)).toMatchObject({ kind: 'slash', ...expected });
  });

  it('reports a missing required option with usage', () => {
    expect(parseCommandLine(json, '/quote')).toMatchObject({ kind: 'missing', option: 'speaker', usage: expect.stringContaining('/quote speaker:<…>') });
  });
});
