/**
 * Debug of the date policy: every statement of a corpus folder with its date, its date source and the rule that
 * gave it (`dateVia`), one JSON object on stdout in the shape `extract --json` uses for quotes. Not a surface of
 * the bot: the CLI's JSON contract does not carry `dateVia`.
 *
 *   npx tsx scripts/dateSources.ts DIR
 */
import { loadCorpus } from '../src/corpus/load.js';
import { extractArticle } from '../src/extract/article.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/dateSources.ts DIR');
  process.exit(2);
}
const corpus = await loadCorpus(dir);
const quotes = [];
for (const doc of corpus.documents) {
  const r = extractArticle(doc);
  if ('skipped' in r) continue;
  for (const q of r.reading.quotes) {
    quotes.push({
      speaker: q.speaker?.name ?? null, text: q.text, kind: q.kind, date: q.date, dateSource: q.dateSource,
      dateVia: q.dateVia ?? null, published: doc.published, excerpt: q.excerpt, source: { file: doc.file },
    });
  }
}
console.log(JSON.stringify({ quotes }));
