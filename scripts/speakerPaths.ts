/**
 * Which rule named each statement's speaker, on a folder of articles: one line per statement (file, rule, speaker,
 * words), to judge by hand which rules name the wrong person on pages no rule was written for (issue 13).
 *   npx tsx scripts/speakerPaths.ts DIR [--json]
 */
import { loadCorpus } from '../src/corpus/load.js';
import { readArticle } from '../src/extract/document.js';
import { speakerPathOf } from '../src/extract/speakerPaths.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: speakerPaths.ts DIR [--json]');
const json = process.argv.includes('--json');
const { documents } = await loadCorpus(dir);
for (const doc of documents) {
  for (const q of readArticle(doc).quotes) {
    const row = { file: doc.file, path: speakerPathOf(q) ?? 'unknown', speaker: q.speaker?.name ?? null, kind: q.kind, text: q.text };
    process.stdout.write(json ? `${JSON.stringify(row)}\n` : `${row.file.split('/').pop()}\t${row.path}\t${row.speaker ?? '—'}\t${q.text.slice(0, 70)}\n`);
  }
}
