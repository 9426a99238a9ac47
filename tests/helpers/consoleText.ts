import { PassThrough, Readable } from 'node:stream';
import { runConsole } from '../../src/console/console.js';

/** What console mode prints for `lines` piped on its input, one command a line, with no terminal. */
export async function consoleText(ctx: Parameters<typeof runConsole>[0], lines: readonly string[], locale = 'vi'): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  await runConsole(ctx, { input: Readable.from(lines.map((l) => `${l}\n`)), output, interactive: false, locale });
  return text;
}
