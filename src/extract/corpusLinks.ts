/**
 * The corpus step of one article's extraction: its reading (document.ts), each speaker linked to the corpus entry of
 * the same person or organisation, with the names it went by collected as aliases.
 */
import { linkToCorpus } from './cast.js';
import { shownAs } from './bodyAcronyms.js';
import type { RawEvent } from './events.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';
import type { ArticleReading, RawQuote } from './reading.js';

/**
 * The reading of an article with each speaker linked to the corpus entry of the same person (or organisation);
 * the surface forms go to `aliasSink` under the corpus ids. The corpus never changes who speaks, only the name
 * that person is known by across articles.
 */
export function linkArticle(reading: ArticleReading, corpus: SpeakerRegistry, aliasSink: Map<string, Set<string>>): { quotes: RawQuote[]; events: RawEvent[] } {
  const linked = new Map<SpeakerEntry, SpeakerEntry>();
  const link = (e: SpeakerEntry): SpeakerEntry => {
    let c = linked.get(e);
    if (!c) linked.set(e, (c = shownAs(e, linkToCorpus(e, corpus))));
    return c;
  };
  const quotes = reading.quotes.map((q) => (q.speaker ? { ...q, speaker: link(q.speaker) } : q));
  for (const [e, surfaces] of reading.aliases) {
    const id = link(e).id;
    let set = aliasSink.get(id);
    if (!set) aliasSink.set(id, (set = new Set()));
    for (const a of surfaces) set.add(a);
  }
  return { quotes, events: reading.events };
}
