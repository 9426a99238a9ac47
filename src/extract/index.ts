/**
 * Extraction entry point: quotes (who said what, when), dated events and speakers over a whole corpus.
 * The document is the unit of extraction: each article is read against its own cast (cast.ts), so who a
 * pronoun, a title or a surname refers to never depends on another article (document.ts: readArticle). The
 * corpus pass only collects every name form to link a cast member to the same person's entry elsewhere
 * (full name ↔ surname ↔ typo, for search and merging): it never supplies a speaker (linkArticle).
 *
 * Decisions (the data lists are in lexicon.ts):
 * - Quoted spans ≥ 4 syllables need an attribution (reporting verb on either side, "Theo X,", "X:", or the
 *   continuation of the previous statement); shorter ones only when a reporting verb before them governs them,
 *   never after a label/preposition ("vì “…”", "gọi là “…”"), and never beside a much longer quotation.
 * - Outlets ("Theo hãng tin X", "AFP dẫn lời X") cite a report, they are never speakers; places, venues and
 *   shows are not speakers (gazetteers/); organisations are. A bare capitalised run speaks only if the article
 *   also writes it with an honorific or a role. Indirect statements are kept only with a resolved speaker.
 * - A statement's date: a date in its attribution (or after its quotation); else "Khi đó" → the date last
 *   mentioned; the statement it continues; an earlier sentence of its paragraph; the date last seen with its
 *   speaker in the article; the publication date; for an undated article, the day of its latest dated event.
 * - An undated article anchors year-less dates to the latest full date it mentions, outside deadline sentences
 *   (see dating.ts); a year-less date with a deadline/start cue takes the nearer of last and next year's day.
 * - A role with no name ("bị cáo nói") resolves to the article's person under a fitting role (most recent first),
 *   then under a compatible title ("Bộ trưởng TT-TT", a bare "Tổng thống" for "nhà lãnh đạo Nga"); else a
 *   description naming whose role it is ("quan chức Nga") is the speaker label, and a bare title is no speaker
 *   (a blank over a guess). "người đứng đầu X" fits the title that heads X. A pronoun looks in its own paragraph
 *   first, and never outside the article.
 * - A date of an incident recounted or of a term ("vụ việc … hôm 30/6", "đến tháng 3") does not date a statement;
 *   of several, the date of the occasion of speaking (briefing, meeting, interview) does.
 * - Speed: everything per sentence is linear; the corpus-wide lookups (typo surnames, role descriptions,
 *   duplicate merging) go through small candidate indexes (see speakers.ts, merge.ts; scripts/benchExtract.ts).
 */
import type { CorpusDocument, Extraction } from '../core/types.js';
import { extractArticle, linkCorpus } from './article.js';
import { observationsOf, registryOf } from './cast.js';
import type { ExtractOptions } from './isolation.js';
import { bodyParagraphs, type Paragraph } from './paragraphs.js';
import type { SpeakerRegistry } from './speakers.js';

export { speakerIdOf } from './speakers.js';
export { observationsOf, registryOf, type Observation } from './cast.js';
export { ARTICLE_BUDGET_MS, type ExtractOptions } from './isolation.js';
export { assembleExtraction, extractArticle, linkCorpus, type ArticleResult } from './article.js';

/** Build the speaker registry of a corpus (first pass). `paragraphs` reuses body paragraphs already split. */
export function buildRegistry(documents: CorpusDocument[], paragraphs?: Map<CorpusDocument, Paragraph[]>): SpeakerRegistry {
  return registryOf(documents.map((doc) => observationsOf(paragraphs?.get(doc) ?? bodyParagraphs(doc))));
}

/**
 * Quotes, events and speakers of the whole corpus; the same statement or event in several articles is merged.
 * Each article is read on its own (extractArticle), then all are linked (linkCorpus). An article whose extraction
 * throws or runs past its time budget is left out and listed in `skipped` with the reason; the others are extracted
 * as if it were not there (its name forms are not observed).
 */
export function extractCorpus(documents: CorpusDocument[], options: ExtractOptions = {}): Extraction {
  return linkCorpus(documents, documents.map((doc) => extractArticle(doc, options)));
}
