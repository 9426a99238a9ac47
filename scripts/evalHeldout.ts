/**
 * Held-out evaluation: runs the product's own CLI on tests/fixtures/heldout/articles (eight articles nobody tuned
 * the product on) and scores it against tests/fixtures/heldout/gold.json and questions.jsonl.
 *
 *   npx tsx scripts/evalHeldout.ts [--dir tests/fixtures/heldout] [--cli-root DIR] [--verbose]
 *
 * --cli-root runs the CLI of another checkout (e.g. `git archive HEAD` unpacked with node_modules linked), so a
 * figure can be tied to a commit while the working tree is being edited.
 *
 * Extraction is scored with the rules of scripts/evalExtract.ts: only quotation-mark quotes (direct/partial)
 * count; a gold quote matches an extracted quote of the same file when either folded text contains the other
 * (the extracted one at least 60 % as long), or their token sets largely overlap; statement dates must equal
 * the gold date or one of its `accept` readings; an event counts when an event of the same file has an accepted
 * date and its excerpt contains the gold text. Questions are scored like scripts/evalQa.ts (a result answers
 * when its source file is the expected one and its text or excerpt contains the phrase, folded), plus the rate
 * of empty replies to questions the corpus cannot answer. A report: always exits 0.
 *
 * The articles live in a sub-folder so that README.md, gold.json and questions.jsonl are not read as articles.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText, tokenize } from '../src/core/text.js';

type IsoDate = string | null;
interface Src { file: string }
interface OutQuote { speaker: string | null; text: string; kind: string; date: IsoDate; dateSource: string | null; excerpt: string; sources: Src[] }
interface OutEvent { date: IsoDate; text: string; excerpt: string; sources: Src[] }
interface OutDoc { file: string; title: string | null; published: IsoDate }
interface Extracted { documents: OutDoc[]; quotes: OutQuote[]; events: OutEvent[] }
interface OutResult { type: string; text: string; excerpt: string; speaker: string | null; date: IsoDate; source: Src; sources: Src[] }

interface GoldQuote { file: string; speaker: string; kind: string; text: string; date: IsoDate; accept?: IsoDate[] }
interface GoldEvent { file: string; date: IsoDate; text: string; accept?: IsoDate[] }
interface GoldDoc { file: string; title: string | null; published: IsoDate }
interface Gold { documents: GoldDoc[]; quotes: GoldQuote[]; not_quotes: Array<{ file: string; text: string }>; events: GoldEvent[] }
interface Expectation { file?: string; contains?: string; date_prefix?: string }
interface Question { q: string; expect: Expectation[]; category?: string }

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const FIXTURE = resolve(ROOT, dirAt >= 0 && args[dirAt + 1] ? args[dirAt + 1]! : 'tests/fixtures/heldout');
const CORPUS = join(FIXTURE, 'articles');
const verbose = args.includes('--verbose');
const rootAt = args.indexOf('--cli-root');
const CLI_ROOT = rootAt >= 0 && args[rootAt + 1] ? resolve(args[rootAt + 1]!) : ROOT;

const f = (s: string): string => tokenize(foldText(s)).join(' ');
const inFile = (x: { sources: Src[] }, file: string): boolean => x.sources.some((s) => s.file === file);
const dateOk = (got: IsoDate, want: IsoDate, accept: IsoDate[] = []): boolean => got === want || accept.includes(got);
const pct = (n: number, d: number): string => (d ? (n / d).toFixed(3) : 'n/a');
const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Share of folded tokens the two texts have in common, over the longer one's distinct tokens. evalExtract.ts
 * uses the extractor's own `overlap` helper here; this eval keeps away from extractor code, so it uses this
 * symmetric and deliberately strict stand-in (0.8 needs nearly the same words on both sides).
 */
function tokenOverlap(a: string, b: string): number {
  const ta = new Set(tokenize(foldText(a)));
  const tb = new Set(tokenize(foldText(b)));
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / Math.max(ta.size, tb.size);
}

function matches(gold: { file: string; text: string }, q: OutQuote): boolean {
  if (!inFile(q, gold.file)) return false;
  const a = f(gold.text);
  const b = f(q.text);
  return b.includes(a) || (a.includes(b) && b.length >= a.length * 0.6) || tokenOverlap(gold.text, q.text) >= 0.8;
}

function runCli(cliArgs: string[], input?: string): string {
  const res = spawnSync('npx', ['tsx', 'src/cli.ts', ...cliArgs], {
    cwd: CLI_ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (res.error || res.status !== 0) {
    console.log(`CLI ${cliArgs.join(' ')} failed (status ${res.status}): ${res.error?.message ?? ''}\n${cut(res.stderr ?? '', 2000)}`);
  } else {
    // npm's own config warnings are noise here; anything else the CLI says on stderr is worth seeing.
    const stderr = (res.stderr ?? '').split('\n').filter((l) => l.trim() && !l.startsWith('npm warn')).join('\n');
    if (stderr) console.log(`CLI stderr: ${cut(stderr, 600)}`);
  }
  return res.stdout ?? '';
}

function scoreExtraction(ex: Extracted, gold: Gold): void {
  const problems: string[] = [];
  const docs = new Map(ex.documents.map((d) => [d.file, d]));
  let pubOk = 0;
  for (const g of gold.documents) {
    const d = docs.get(g.file);
    if (!d) { problems.push(`DOC    ${g.file} not loaded`); continue; }
    const got = d.published?.slice(0, 10) ?? null;
    const want = g.published?.slice(0, 10) ?? null;
    if (got === want) pubOk++;
    else problems.push(`PUBL   ${g.file} want ${want} got ${got}`);
  }

  const marked = ex.quotes.filter((q) => q.kind !== 'indirect');
  const used = new Set<OutQuote>();
  let found = 0, speakerOk = 0, dateHits = 0;
  for (const g of gold.quotes) {
    const q = marked.find((x) => !used.has(x) && matches(g, x)) ?? marked.find((x) => matches(g, x));
    if (!q) { problems.push(`MISS    ${g.file} [${g.speaker}] ${g.kind}: ${g.text}`); continue; }
    used.add(q);
    found++;
    if (q.speaker === g.speaker) speakerOk++;
    else problems.push(`SPEAKER ${g.file} want ${g.speaker} got ${q.speaker}: ${cut(g.text, 70)}`);
    if (dateOk(q.date, g.date, g.accept)) dateHits++;
    else problems.push(`DATE    ${g.file} want ${g.date} got ${q.date} (${q.dateSource}): ${cut(g.text, 60)}`);
    if (q.kind !== g.kind) problems.push(`KIND    ${g.file} want ${g.kind} got ${q.kind}: ${cut(g.text, 60)}`);
  }
  const fps = marked.filter((q) => !used.has(q) && gold.quotes.some((g) => inFile(q, g.file)) && !gold.quotes.some((g) => matches(g, q)));
  for (const q of fps) problems.push(`FALSE+  ${q.sources[0]?.file} [${q.speaker}] (${q.kind}) ${cut(q.text, 90)}`);
  const tp = marked.length - fps.length;
  const precision = marked.length ? tp / marked.length : 0;
  const recall = gold.quotes.length ? found / gold.quotes.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  // evalExtract.ts also flags any statement that merely contains a not-quote; an indirect statement may rightly
  // mention a title or a product ("… như «Truyện Kiều»"), so for indirect ones only the reverse direction counts.
  const notQuotes = gold.not_quotes.filter((n) => ex.quotes.some((q) => {
    if (!inFile(q, n.file)) return false;
    const a = f(n.text);
    const b = f(q.text);
    return a.includes(b) || (q.kind !== 'indirect' && b.includes(a));
  }));
  for (const n of notQuotes) problems.push(`NOTQUOTE ${n.file}: "${n.text}" extracted as a quote`);

  let eventHits = 0;
  for (const g of gold.events) {
    if (ex.events.some((e) => inFile(e, g.file) && dateOk(e.date, g.date, g.accept) && f(e.excerpt).includes(f(g.text)))) { eventHits++; continue; }
    const near = ex.events.filter((e) => inFile(e, g.file) && f(e.excerpt).includes(f(g.text))).map((e) => e.date);
    problems.push(`EVENT   ${g.file} want ${g.date} ${near.length ? `got ${near.join(',')}` : 'none'}: ${g.text}`);
  }
  const indirect = ex.quotes.filter((q) => q.kind === 'indirect');

  console.log('== Extraction problems');
  console.log(problems.join('\n') || '(none)');
  if (verbose) {
    console.log('\nIndirect statements (not scored):');
    for (const q of indirect) console.log(`  ${q.sources[0]?.file} [${q.speaker}] ${q.date} ${cut(q.text, 100)}`);
  }
  console.log(`
== Extraction (held-out)
documents: ${ex.documents.length} loaded, publication date right ${pubOk}/${gold.documents.length}
quotes extracted (marked): ${marked.length}  gold: ${gold.quotes.length}  matched: ${found}  false positives: ${fps.length}
quote precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}
speaker accuracy ${pct(speakerOk, found)} (${speakerOk}/${found})
statement-date accuracy ${pct(dateHits, found)} (${dateHits}/${found})
not_quotes extracted: ${notQuotes.length}/${gold.not_quotes.length}
event recall ${pct(eventHits, gold.events.length)} (${eventHits}/${gold.events.length}; ${ex.events.length} events extracted)
indirect statements: ${indirect.length}`);
}

/** Whether one result satisfies one expectation (the rule of scripts/evalQa.ts). */
function satisfies(r: OutResult, e: Expectation): boolean {
  if (e.date_prefix !== undefined) return (r.date ?? '').startsWith(e.date_prefix);
  const files = new Set([r.source?.file, ...(r.sources ?? []).map((s) => s.file)]);
  if (e.file && !files.has(e.file)) return false;
  if (e.contains === undefined) return true;
  const phrase = foldText(e.contains);
  return foldText(r.text ?? '').includes(phrase) || foldText(r.excerpt ?? '').includes(phrase);
}

function scoreQuestions(questions: Question[], lines: string[]): void {
  const answerable = questions.filter((q) => q.expect.length > 0);
  let hit1 = 0, hit3 = 0, rr = 0, emptyOk = 0;
  const byCat = new Map<string, { n: number; hit3: number }>();
  const misses: string[] = [];
  questions.forEach((q, i) => {
    let results: OutResult[] = [];
    try {
      results = (JSON.parse(lines[i] ?? '{"results":[]}') as { results: OutResult[] }).results ?? [];
    } catch {
      misses.push(`BADJSON ${q.q}: ${cut(lines[i] ?? '', 120)}`);
    }
    const cat = q.category ?? 'other';
    const c = byCat.get(cat) ?? { n: 0, hit3: 0 };
    c.n++;
    byCat.set(cat, c);
    const top = results
      .slice(0, 3)
      .map((r, k) => `    ${k + 1}. [${r.type}${r.speaker ? ` ${r.speaker}` : ''}${r.date ? ` ${r.date}` : ''}] ${r.source?.file}: ${cut(r.text, 100)}`)
      .join('\n');
    if (q.expect.length === 0) {
      if (results.length === 0) { emptyOk++; c.hit3++; } else misses.push(`ANSWERED (${results.length} results) ${q.q}\n${top}`);
      return;
    }
    const rank = results.findIndex((r) => q.expect.some((e) => satisfies(r, e)));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) { hit3++; c.hit3++; }
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0 || verbose) misses.push(`${rank === 0 ? 'ok  ' : 'MISS'} (rank ${rank < 0 ? '-' : rank + 1}) [${cat}] ${q.q}\n${top || '    (no results)'}`);
  });
  const n = answerable.length;
  const unans = questions.length - n;
  console.log('\n== Questions: misses (answerable: expected answer not first; unanswerable: any result)');
  console.log(misses.join('\n') || '(none)');
  console.log(`
== Questions (held-out): ${questions.length} (${n} answerable, ${unans} unanswerable)
hit@1 ${pct(hit1, n)} (${hit1}/${n})  hit@3 ${pct(hit3, n)} (${hit3}/${n})  MRR ${n ? (rr / n).toFixed(3) : 'n/a'}
unanswerable correctly empty: ${pct(emptyOk, unans)} (${emptyOk}/${unans})
by category (hit@3, or empty for unanswerable): ${[...byCat].map(([k, v]) => `${k} ${v.hit3}/${v.n}`).join(', ')}`);
}

function main(): void {
  console.log(`held-out set ${FIXTURE}; CLI run from ${CLI_ROOT}`);
  const gold = JSON.parse(readFileSync(join(FIXTURE, 'gold.json'), 'utf8')) as Gold;
  const questions = readFileSync(join(FIXTURE, 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Question);

  const extractOut = runCli(['extract', '--json', '--corpus', CORPUS]);
  try {
    scoreExtraction(JSON.parse(extractOut) as Extracted, gold);
  } catch (err) {
    console.log(`extraction not scored: ${(err as Error).message}`);
  }

  const askOut = runCli(['ask', '--json', '--limit', '5', '--corpus', CORPUS], `${questions.map((q) => q.q.replace(/\s+/g, ' ')).join('\n')}\n`);
  const lines = askOut.split('\n').filter((l) => l.trim());
  if (lines.length !== questions.length) console.log(`warning: ${lines.length} answer lines for ${questions.length} questions`);
  scoreQuestions(questions, lines);
}

main();
process.exitCode = 0;
