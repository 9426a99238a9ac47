/**
 * 10 000 generated questions through the path `/ask` takes (dispatcher → ask command → reply builders, the local
 * interactions console mode uses) over the real index built from seeds/, and through the CLI's `ask --json` shape.
 * Every question must get a reply a person sees, nothing may throw, nothing may ping, nothing may break
 * Discord's limits, and no question may land in the internal-error path.
 */
import { Writable } from 'node:stream';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { MAX_QUESTION_LENGTH } from '../../commands/ask.js';
import { answersJson } from '../../src/answer/json.js';
import { answerQuestion } from '../../src/answer/view.js';
import { createDispatcher, type Dispatcher } from '../../src/discord/dispatcher.js';
import { LocalButton, LocalChatInput, type LocalSend } from '../../src/discord/localInteraction.js';
import { createLogger } from '../../src/logger.js';
import { buildPipeline, type Pipeline } from '../../src/pipeline.js';
import { createTestContext } from '../helpers/botFixtures.js';
import { payloadProblems } from './payloadRules.js';

const SEEDS = join(import.meta.dirname, '../../seeds');

// Questions I wrote for this test; they only seed the generators, the assertions never depend on them.
const QUESTIONS = [
  'Ai nói gì về đàm phán hòa bình?',
  'Khi nào lệnh trừng phạt được công bố?',
  'Người phát ngôn nói gì về quan hệ hai nước?',
  'ai là bên khởi xướng cuộc chiến trừng phạt',
  'Bộ trưởng đã tuyên bố điều gì vào tháng 12?',
  'What did the spokesman say about sanctions?',
];
const MENTIONS = ['@everyone', '@here', '<@123>', '<@!123>', '<@&456>', '<#789>', '@ everyone', '＠everyone', '<t:0:R>', '</ask:1>'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u031b', '\u034f'];
const EMOJI = ['🙂', '👍🏽', '👨‍👩‍👧‍👦', '🇻🇳', '🏳️‍🌈', '❤️', '🔥', '🤔', '1️⃣', '🫠'];
const RTL = ['مرحبا', 'السلام عليكم', 'שלום', 'عقوبات', '\u202e', '\u202b', '\u200f', '\u061c', 'سخن‌گو'];
const SQL = ["'; DROP TABLE guild_settings; --", '" OR 1=1 --', "' UNION SELECT * FROM sqlite_master --", 'Robert\'); DELETE FROM digest_ledger;--', '%', '_', '\\', '/*', '*/', ';'];
const METACHAR = [...'.*+?^$|()[]{}\\/-'];
const WHITESPACE = [' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\u2028', '\u000b', '\f'];

let pipeline: Pipeline;
let dispatcher: Dispatcher;
let internalErrors: string[] = [];
let userCounter = 0;
let answered = 0;
let paged = 0;
const tally = new Map<string, number>();

/** Words from the corpus, so generated questions also hit answers (embeds, highlighting), not only "not found". */
let corpusWords: string[] = [];

function joined(parts: fc.Arbitrary<string>, max = 12): fc.Arbitrary<string> {
  return fc.array(parts, { minLength: 1, maxLength: max }).map((xs) => xs.join(' '));
}

function wordOrQuestion(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...QUESTIONS), fc.constantFrom(...corpusWords));
}

/** Each family of awkward input, with how many of the 10 000 runs it gets. */
function families(): Array<{ name: string; runs: number; arb: fc.Arbitrary<string> }> {
  const word = wordOrQuestion();
  const sprinkle = (pool: string[]) =>
    fc.tuple(word, fc.array(fc.constantFrom(...pool), { maxLength: 8 }), fc.nat()).map(([w, extra, at]) => {
      const chars = [...w];
      for (const [k, x] of extra.entries()) chars.splice((at + k * 7) % (chars.length + 1), 0, x);
      return chars.join('');
    });
  const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  return [
    { name: 'empty or whitespace only', runs: 200, arb: fc.string({ unit: fc.constantFrom(...WHITESPACE), maxLength: 40 }) },
    { name: 'corpus words and questions', runs: 2000, arb: joined(word) },
    { name: 'around the length limit', runs: 400, arb: fc.integer({ min: MAX_QUESTION_LENGTH - 20, max: MAX_QUESTION_LENGTH + 20 }).chain((n) => joined(word, 200).map((q) => q.padEnd(n, ' đàm phán').slice(0, n))) },
    { name: '5 000 characters', runs: 150, arb: joined(word, 40).map((q) => q.repeat(Math.ceil(5000 / q.length)).slice(0, 5000)) },
    { name: 'regex metacharacters', runs: 700, arb: fc.oneof(fc.string({ unit: fc.constantFrom(...METACHAR), minLength: 1, maxLength: 60 }), sprinkle(METACHAR)) },
    { name: 'mentions', runs: 900, arb: fc.oneof(joined(fc.oneof(word, fc.constantFrom(...MENTIONS))), fc.constantFrom(...MENTIONS)) },
    { name: 'zero-width and combining', runs: 800, arb: fc.oneof(sprinkle(INVISIBLE), fc.string({ unit: fc.constantFrom(...INVISIBLE), minLength: 1, maxLength: 30 })) },
    { name: 'emoji', runs: 500, arb: fc.oneof(joined(fc.oneof(word, fc.constantFrom(...EMOJI))), fc.string({ unit: fc.constantFrom(...EMOJI), minLength: 1, maxLength: 200 })) },
    { name: 'right-to-left', runs: 500, arb: joined(fc.oneof(word, fc.constantFrom(...RTL))) },
    { name: 'NFD Vietnamese', runs: 700, arb: joined(word).map((q) => q.normalize('NFD')) },
    { name: 'SQL-looking', runs: 400, arb: joined(fc.oneof(word, fc.constantFrom(...SQL))) },
    { name: 'arbitrary code points', runs: 1500, arb: fc.string({ unit: 'binary', maxLength: 300 }) },
    { name: 'arbitrary graphemes', runs: 1000, arb: fc.string({ unit: 'grapheme', maxLength: 300 }) },
    { name: 'lone surrogates', runs: 250, arb: fc.oneof(fc.string({ unit: lone, minLength: 1, maxLength: 20 }), sprinkle(['\ud800', '\udfff', '\udbff'])) },
  ];
}

function userFacing(sends: LocalSend[]): LocalSend[] {
  return sends.filter((s) => s.kind !== 'defer');
}

/** Ask like a Discord user would, and check every payload the handler sent. */
async function askAndCheck(question: string): Promise<void> {
  const locale = userCounter % 2 === 0 ? 'vi' : 'en-US';
  const i = new LocalChatInput('ask', { question }, { locale, userId: String(1_000_000_000_000_000n + BigInt(userCounter++)) });
  const errorsBefore = internalErrors.length;
  await dispatcher.handle({ kind: 'slash', interaction: i });
  const visible = userFacing(i.sends);
  expect(visible.length, 'a reply the user can see').toBeGreaterThan(0);
  if (i.sends[0]?.kind === 'defer') expect(i.sends.slice(1).some((s) => s.kind === 'edit'), 'the deferred reply is filled in').toBe(true);
  for (const send of visible) expect(payloadProblems(send.payload)).toEqual([]);
  expect(internalErrors.slice(errorsBefore), 'no question ends in "something went wrong"').toEqual([]);

  // Paging the answer reads the question back from the pager state: the second page must hold too.
  if (visible.some((s) => ((s.payload as { embeds?: unknown[] }).embeds?.length ?? 0) > 0)) answered++;
  const last = visible.at(-1)!.payload as { components?: Array<{ components: Array<{ custom_id: string; disabled?: boolean }> }> };
  const next = last.components?.[0]?.components[1];
  if (next && !next.disabled) {
    paged++;
    const click = new LocalButton(next.custom_id, { locale, userId: i.user.id });
    await dispatcher.handle({ kind: 'button', interaction: click });
    expect(click.sends.map((s) => s.kind)).toEqual(['update']);
    expect(payloadProblems(click.sends[0]!.payload)).toEqual([]);
  }
}

/** The CLI's `ask --json` for one line: same index, same JSON builder, through a JSON round trip. */
function cliJsonCheck(question: string): void {
  const parsed = JSON.parse(JSON.stringify(answersJson(answerQuestion(pipeline.index, question, { limit: 5 }).answers))) as { results: Array<Record<string, unknown>> };
  expect(Array.isArray(parsed.results)).toBe(true);
  expect(parsed.results.length).toBeLessThanOrEqual(5);
  for (const r of parsed.results) {
    expect(['quote', 'event', 'passage']).toContain(r['type']);
    expect(typeof r['text']).toBe('string');
    expect((r['text'] as string).length).toBeGreaterThan(0);
    expect(typeof r['excerpt']).toBe('string');
    expect(r['speaker'] === null || typeof r['speaker'] === 'string').toBe(true);
    expect(r['date'] === null || (typeof r['date'] === 'string' && /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/.test(r['date'] as string))).toBe(true);
    const source = r['source'] as Record<string, unknown>;
    expect(typeof source['file']).toBe('string');
    expect(pipeline.corpus.documents.map((d) => d.file)).toContain(source['file']);
  }
}

describe('the payload rules used below', () => {
  it('catch a ping, an over-long content and an over-full embed', () => {
    const bad = {
      content: 'x'.repeat(2001),
      allowedMentions: { parse: ['everyone'] },
      embeds: [{ title: 't'.repeat(257), description: 'd'.repeat(4000), fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v'.repeat(1025) })) }],
    };
    expect(payloadProblems(bad)).toEqual([
      'allowedMentions is {"parse":["everyone"]}, not {"parse":[]}',
      'content has 2001 > 2000 characters',
      'embed 0 title 257 > 256',
      'embed 0 has 26 > 25 fields',
      ...Array.from({ length: 26 }, (_, k) => `embed 0 field ${k} value length 1025`),
      'embeds total 30933 > 6000 characters',
    ]);
    expect(payloadProblems({ content: 'ok', allowedMentions: { parse: [] } })).toEqual([]);
  });
});

describe('/ask under 10 000 generated questions', () => {
  beforeAll(async () => {
    pipeline = await buildPipeline(SEEDS);
    corpusWords = [...new Set(pipeline.extraction.quotes.flatMap((q) => q.text.split(/\s+/)).filter((w) => w.length > 1))];
    internalErrors = [];
    // The dispatcher logs an internal error as 'interaction failed'; collect those to fail on them.
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
          if (entry.msg === 'interaction failed') internalErrors.push(entry.err?.message ?? line);
        }
        done();
      },
    });
    const index = pipeline.index;
    dispatcher = createDispatcher(createTestContext({ index, logger: createLogger({ level: 'error', destination: sink }) }), COMMANDS);
  });

  it('answers every one: a reply, no throw, no ping, within Discord limits; the CLI JSON keeps its shape', async () => {
    const all = families();
    expect(all.reduce((n, f) => n + f.runs, 0)).toBe(10_000);
    for (const family of all) {
      let count = 0;
      await fc.assert(
        fc.asyncProperty(family.arb, async (question) => {
          count++;
          await askAndCheck(question);
          cliJsonCheck(question);
        }),
        { numRuns: family.runs },
      );
      tally.set(family.name, count);
    }
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    console.log(`fuzzed /ask with ${total} questions (${answered} answered with a cited embed, ${paged} paged): ${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(total).toBe(10_000);
    // The generators must reach the answer builders and the pager, not only "not found" and "too long".
    expect(answered).toBeGreaterThan(0);
    expect(paged).toBeGreaterThan(0);
  }, 120_000);
});
