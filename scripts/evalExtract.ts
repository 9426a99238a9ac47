/**
 * Scores extraction on the hand-checked seed gold: quote precision/recall/F1, speaker and date accuracy of
 * matched quotes, not-quotes extracted, event recall. A report: exits 0 unless `--strict` and a target is missed.
 *
 *   npm run eval:extract [-- <gold.json>] [--dir seeds] [--strict]
 *
 * Precision counts quotation-mark quotes only (kinds direct/partial): the gold annotates quoted words, not
 * reported speech, so indirect statements are listed for review but neither rewarded nor penalised.
 */
import { readFile } from 'node:fs/promises';
import type { Extraction, IsoDate, Quote } from '../src/core/types.js';
import { foldText, tokenize } from '../src/core/text.js';
import { loadCorpus } from '../src/corpus/load.js';
import { extractCorpus } from '../src/extract/index.js';
import { overlap } from '../src/extract/merge.js';

interface GoldQuote { file: string; speaker: string; kind: string; text: string; date: IsoDate; accept?: IsoDate[] }
interface GoldEvent { file: string; date: IsoDate; text: string; accept?: IsoDate[] }
interface Gold { quotes: GoldQuote[]; not_quotes: Array<{ file: string; text: string }>; events: GoldEvent[] }

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args[dirAt + 1]! : 'seeds';
const goldPath = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dir') ?? 'tests/fixtures/eval/seed-gold.json';

const f = (s: string) => tokenize(foldText(s)).join(' ');
const inFile = (q: { sources: Array<{ file: string }> }, file: string) => q.sources.some((s) => s.file === file);

/** A gold quote matches an extracted one of the same file when either folded text contains the other, or they overlap largely. */
function matches(gold: { file: string; text: string }, q: Quote): boolean {
  if (!inFile(q, gold.file)) return false;
  const a = f(gold.text);
  const b = f(q.text);
  return b.includes(a) || (a.includes(b) && b.length >= a.length * 0.6) || overlap(gold.text, q.text) >= 0.8;
}

const dateOk = (got: IsoDate, want: IsoDate, accept: IsoDate[] = []) => got === want || accept.includes(got);
const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');

function report(ex: Extraction, gold: Gold): boolean {
  const marked = ex.quotes.filter((q) => q.kind !== 'indirect');
  const used = new Set<Quote>();
  let found = 0, speakerOk = 0, dateHits = 0;
  const problems: string[] = [];
  for (const g of gold.quotes) {
    const q = marked.find((x) => matches(g, x));
    if (!q) { problems.push(`MISS   ${g.file} [${g.speaker}] ${g.text}`); continue; }
    used.add(q);
    found++;
    if (q.speaker === g.speaker) speakerOk++;
    else problems.push(`SPEAKER ${g.file} want ${g.speaker} got ${q.speaker}: ${g.text.slice(0, 60)}`);
    if (dateOk(q.date, g.date, g.accept)) dateHits++;
    else problems.push(`DATE   ${g.file} want ${g.date} got ${q.date} (${q.dateSource}): ${g.text.slice(0, 60)}`);
    if (q.kind !== g.kind) problems.push(`KIND   ${g.file} want ${g.kind} got ${q.kind}: ${g.text.slice(0, 60)}`);
  }
  const fps = marked.filter((q) => !used.has(q) && gold.quotes.some((g) => inFile(q, g.file)) && !gold.quotes.some((g) => matches(g, q)));
  for (const q of fps) problems.push(`FALSE+ ${q.sources[0]!.file} [${q.speaker}] (${q.kind}) ${q.text.slice(0, 90)}`);
  const tp = marked.length - fps.length;
  const precision = marked.length ? tp / marked.length : 0;
  const recall = gold.quotes.length ? found / gold.quotes.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  const notQuotes = gold.not_quotes.filter((n) => ex.quotes.some((q) => {
    if (!inFile(q, n.file)) return false;
    const a = f(n.text);
    const b = f(q.text);
    return a.includes(b) || b.includes(a);
  }));
  let eventHits = 0;
  for (const g of gold.events) {
    const hit = ex.events.some((e) => inFile(e, g.file) && dateOk(e.date, g.date, g.accept) && f(e.excerpt).includes(f(g.text)));
    if (hit) eventHits++;
    else {
      const near = ex.events.filter((e) => inFile(e, g.file) && f(e.excerpt).includes(f(g.text))).map((e) => e.date);
      problems.push(`EVENT  ${g.file} want ${g.date} ${near.length ? `got ${near.join(',')}` : 'none'}: ${g.text}`);
    }
  }
  const indirect = ex.quotes.filter((q) => q.kind === 'indirect');

  console.log(problems.join('\n'));
  console.log('\nIndirect statements (not scored):');
  for (const q of indirect) console.log(`  ${q.sources[0]!.file} [${q.speaker}] ${q.date} ${q.text.slice(0, 100)}`);
  console.log(`\nSpeakers: ${ex.speakers.map((s) => `${s.name} {${s.aliases.join(' | ')}}`).join('\n          ')}`);
  const eventRecall = gold.events.length ? eventHits / gold.events.length : 0;
  const speakerAcc = found ? speakerOk / found : 0;
  const dateAcc = found ? dateHits / found : 0;
  console.log(`
quotes extracted (marked): ${marked.length}  gold: ${gold.quotes.length}  matched: ${found}  false positives: ${fps.length}
quote precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}   (target F1 ≥ 0.95)
speaker accuracy ${pct(speakerOk, found)}   (target ≥ 0.95)
statement-date accuracy ${pct(dateHits, found)}   (target ≥ 0.90)
not_quotes extracted: ${notQuotes.length}${notQuotes.length ? ' — ' + notQuotes.map((n) => `"${n.text}"`).join(', ') : ''}   (target 0)
event recall ${pct(eventHits, gold.events.length)} (${eventHits}/${gold.events.length}; ${ex.events.length} events extracted)   (target ≥ 0.85)
indirect statements: ${indirect.length}`);
  return f1 >= 0.95 && speakerAcc >= 0.95 && dateAcc >= 0.9 && notQuotes.length === 0 && eventRecall >= 0.85;
}

const gold = JSON.parse(await readFile(goldPath, 'utf8')) as Gold;
const corpus = await loadCorpus(dir);
const ok = report(extractCorpus(corpus.documents), gold);
process.exitCode = strict && !ok ? 1 : 0;
