/**
 * One answer model, three surfaces: /ask on Discord (the real handler through the dispatcher), the console and
 * the CLI (a real process) give the same first answer to the same question, on the bundled seeds.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { createDispatcher } from '../../src/discord/dispatcher.js';
import { LocalChatInput } from '../../src/discord/localInteraction.js';
import { buildPipeline, type Pipeline } from '../../src/pipeline.js';
import { createTestContext } from '../helpers/botFixtures.js';
import { consoleText } from '../helpers/consoleText.js';

const ROOT = join(import.meta.dirname, '../..');
// Questions written for this test: a speaker, a topic without diacritics, an English one, a "who".
const QUESTIONS = ['Peskov nói gì về đàm phán?', 'quan he Nga My', 'What did the Kremlin say about sanctions?', 'Ai nói Mỹ phải chịu trách nhiệm?'];

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await buildPipeline(join(ROOT, 'seeds'));
});

function cliFirst(): Array<{ text: string; speaker: string | null } | null> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ask', '--json', '--corpus', 'seeds'], {
    cwd: ROOT, input: `${QUESTIONS.join('\n')}\n`, encoding: 'utf8', env: { ...process.env, CORPUS_DIR: '', LOG_LEVEL: 'silent' }, timeout: 60_000,
  });
  return r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { results: Array<{ text: string; speaker: string | null }> }).results[0] ?? null);
}

async function discordFirst(question: string): Promise<string> {
  const dispatcher = createDispatcher(createTestContext({ index: pipeline.index }), COMMANDS);
  const i = new LocalChatInput('ask', { question }, { locale: 'vi', userId: '100000000000000001' });
  await dispatcher.handle({ kind: 'slash', interaction: i });
  const edit = i.sends.find((s) => s.kind === 'edit')!.payload as { embeds?: Array<{ description?: string; fields?: Array<{ name: string; value: string }> }> };
  const e = edit.embeds![0]!;
  return `${e.description ?? ''}\n${(e.fields ?? []).map((f) => `${f.name}: ${f.value}`).join('\n')}`;
}

async function consoleFirst(question: string): Promise<string> {
  return consoleText(createTestContext({ index: pipeline.index }), [`/ask ${question}`]);
}

const plain = (s: string): string => s.replace(/\*\*|\\/g, '').replace(/\s+/g, ' ');

describe('the same first answer on every surface', () => {
  it('/ask, the console and the CLI agree on the words and the speaker of the first answer', { timeout: 90_000 }, async () => {
    const cli = cliFirst();
    expect(cli.filter(Boolean).length).toBe(QUESTIONS.length);
    for (const [k, question] of QUESTIONS.entries()) {
      const first = cli[k]!;
      const words = first.text.replace(/\s+/g, ' ').slice(0, 60);
      const [discord, consoleText] = [plain(await discordFirst(question)), plain(await consoleFirst(question))];
      expect(discord, question).toContain(words);
      expect(consoleText, question).toContain(words);
      if (first.speaker) {
        expect(discord, question).toContain(first.speaker);
        expect(consoleText, question).toContain(first.speaker);
      }
    }
  });
});
