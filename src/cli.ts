/**
 * Command-line entry: `npm run --silent cli -- <command>`.
 * ask / extract / digest / check over a corpus folder, as JSON for programs or as text for people.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { buildPipeline, describeStage, type Pipeline, type PipelineOptions } from './pipeline.js';
import { formatCheckReport } from './corpus/check.js';
import { composeDigest, renderDigestText } from './digest/compose.js';
import { DIGEST_SECTIONS, type Language } from './core/services.js';
import { parseIsoDate, parseUserDate } from './core/dates.js';
import { CorpusError } from './corpus/load.js';
import { extractionToJson, formatExtractionText, newArticlesFor } from './cliFormat.js';
import { answersJson } from './answer/json.js';
import { answerSetText } from './answer/plainText.js';
import { answerQuestion } from './answer/view.js';
import { ConfigError, parseConfig, type Config } from './config.js';
import type { AskOptions } from './core/types.js';
import { MAX_QUESTION_LENGTH, questionTooLongMessage } from './core/questionLimit.js';

const USAGE = `trichdan — cited quotes and dates from Vietnamese news

Usage: npm run --silent cli -- <command> [options]

Commands:
  ask ["question"]        Answer a question with cited quotes, events and passages.
                          Without a question, reads one question a line from stdin.
      --json              One JSON line per question: {"results":[...]}
      --limit N           Number of results (default 5, max 50)
      --speaker NAME      Only statements by this speaker (typos tolerated)
      --from DATE --to DATE   Only results dated in this range (2024-11-18, 11/2024, 2024…)
      --source FILE       Only results from this article file
  extract                 List documents, quotes and dated events found in the corpus.
      --json              {"documents":[...],"quotes":[...],"events":[...]}
  digest --date YYYY-MM-DD   That day's digest (same composer as the bot's daily post).
      --json  --language vi|en  --sections on-this-day,quote-of-the-day,new-articles
  check                   Validate a corpus: per file what was found, warnings, skipped files.
                          Exits 1 when a file cannot be used.
Common options:
  --corpus DIR            Corpus folder (default: CORPUS_DIR or seeds)
  --fresh                 Read and extract the articles even if a snapshot of them is saved.
                          A corpus of 300+ articles is snapshotted in DATA_DIR/cache (default data/cache)
                          and read back while no file of the folder and no program file has changed.
  -h, --help              This help
`;

class UsageError extends Error {}
class UnknownCommandError extends UsageError {}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const PROGRESS_MIN_DOCUMENTS = 200;

/** A progress line on stderr, only for a person watching a terminal. */
function progressReporter(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    if (total < PROGRESS_MIN_DOCUMENTS) return;
    process.stderr.write(`\rLoading articles… ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
  };
}

/** What a long build is doing, on stderr for a person at a terminal. */
function stageReporter(): PipelineOptions['onStage'] {
  if (!process.stderr.isTTY) return undefined;
  return (stage, n) => {
    if (n < PROGRESS_MIN_DOCUMENTS) return;
    process.stderr.write(`${describeStage(stage, n)}${stage === 'snapshot' ? ' --fresh reads the articles again.' : ''}\n`);
  };
}

async function load(corpusDir: string, snapshot: boolean, config: Config): Promise<Pipeline> {
  try {
    const pipeline = await buildPipeline(corpusDir, {
      onProgress: progressReporter(),
      onStage: stageReporter(),
      dataDir: snapshot ? config.dataDir : undefined,
      ingestThreads: config.ingestThreads ?? undefined,
      onSnapshotError: (err, phase) =>
        process.stderr.write(
          `warning: the corpus snapshot could not be ${phase === 'read' ? 'read' : 'saved'} (${err instanceof Error ? err.message : String(err)})` +
            `${phase === 'read' ? '; reading the articles instead' : ''}\n`,
        ),
    });
    for (const skipped of pipeline.corpus.skipped) {
      process.stderr.write(`warning: skipped ${skipped.file}: ${skipped.reason}\n`);
    }
    return pipeline;
  } catch (err) {
    if (err instanceof CorpusError) fail(`error: ${err.message}`, 1);
    throw err;
  }
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 5;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new UsageError(`--limit must be a whole number from 1 to 50 (got "${value}")`);
  return n;
}

function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = parseUserDate(value);
  if (!iso) throw new UsageError(`--${name} must be a date such as 2024-11-18, 18/11/2024, 11/2024 or 2024 (got "${value}")`);
  return iso;
}

async function runAsk(pipeline: Pipeline, questions: string[] | null, json: boolean, options: AskOptions): Promise<void> {
  // The same answer model as /ask and the console: JSON for programs, the console's plain text for people.
  const answer = (q: string): void => {
    if (q.length > MAX_QUESTION_LENGTH) {
      // One line per question still, so a program reading the answers stays in step with its questions.
      const message = questionTooLongMessage(q.length);
      process.stderr.write(`error: ${message}\n`);
      if (json) process.stdout.write(`${JSON.stringify({ results: [], error: message })}\n`);
      process.exitCode = 1;
      return;
    }
    const set = answerQuestion(pipeline.index, q, options);
    process.stdout.write(json ? `${JSON.stringify(answersJson(set.answers))}\n` : `${answerSetText(set)}\n`);
  };
  if (questions) {
    answer(questions.join(' '));
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!json && !line.trim()) continue;
    answer(line);
  }
}

async function main(argv: string[]): Promise<void> {
  loadDotenv({ quiet: true });
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      limit: { type: 'string' },
      speaker: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      source: { type: 'string' },
      date: { type: 'string' },
      language: { type: 'string' },
      sections: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, 2);
    throw err;
  }
  const corpusDir = values.corpus ?? config.corpusDir;

  switch (command) {
    case 'ask': {
      const options: AskOptions = {
        limit: parseLimit(values.limit),
        speaker: values.speaker,
        from: parseDateOption('from', values.from),
        to: parseDateOption('to', values.to),
        source: values.source,
      };
      // A question given on the command line is checked before minutes of loading.
      if (rest.join(' ').length > MAX_QUESTION_LENGTH) throw new UsageError(questionTooLongMessage(rest.join(' ').length));
      const pipeline = await load(corpusDir, !values.fresh, config);
      await runAsk(pipeline, rest.length > 0 ? rest : null, values.json, options);
      return;
    }
    case 'extract': {
      const pipeline = await load(corpusDir, !values.fresh, config);
      process.stdout.write(
        values.json ? `${JSON.stringify(extractionToJson(pipeline.extraction))}\n` : formatExtractionText(pipeline.extraction),
      );
      return;
    }
    case 'digest': {
      const date = values.date;
      if (!date) throw new UsageError('digest needs --date YYYY-MM-DD, e.g. --date 2024-11-18');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parseIsoDate(date)) {
        throw new UsageError(`--date ${date} is not a day of the calendar: use YYYY-MM-DD, e.g. --date 2024-11-18`);
      }
      const language = (values.language ?? 'vi') as Language;
      if (language !== 'vi' && language !== 'en') throw new UsageError('--language must be vi or en');
      const sections = values.sections ? values.sections.split(',').map((s) => s.trim()) : [...DIGEST_SECTIONS];
      const unknown = sections.filter((s) => !(DIGEST_SECTIONS as readonly string[]).includes(s));
      if (unknown.length) throw new UsageError(`unknown section(s): ${unknown.join(', ')}; use ${DIGEST_SECTIONS.join(', ')}`);
      const pipeline = await load(corpusDir, !values.fresh, config);
      const digest = composeDigest({
        extraction: pipeline.extraction,
        date,
        language,
        sections: sections as typeof DIGEST_SECTIONS[number][],
        newArticles: newArticlesFor(pipeline.extraction, date),
      });
      process.stdout.write(values.json ? `${JSON.stringify(digest)}\n` : `${renderDigestText(digest)}\n`);
      return;
    }
    case 'check': {
      // A check reads every file, whatever was saved.
      const pipeline = await load(corpusDir, false, config);
      const counts = new Map<string, { quotes: number; events: number }>();
      for (const doc of pipeline.corpus.documents) counts.set(doc.file, { quotes: 0, events: 0 });
      for (const q of pipeline.extraction.quotes) for (const s of q.sources) { const c = counts.get(s.file); if (c) c.quotes++; }
      for (const e of pipeline.extraction.events) for (const s of e.sources) { const c = counts.get(s.file); if (c) c.events++; }
      process.stdout.write(`${formatCheckReport(pipeline.corpus, counts)}\n`);
      if (pipeline.corpus.skipped.length > 0 || pipeline.corpus.documents.length === 0) process.exitCode = 1;
      return;
    }
    default:
      throw new UnknownCommandError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UnknownCommandError) fail(`error: ${err.message}\n\n${USAGE}`, 2);
  // A wrong option of a known command: the message names it; the whole help would bury it.
  if (err instanceof UsageError || (err as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS')) {
    fail(`error: ${(err as Error).message}\n(npm run --silent cli -- --help lists the commands and their options)`, 2);
  }
  fail(`error: ${(err as Error)?.stack ?? String(err)}`, 1);
});
