/**
 * The speaker directory: exact and typo-tolerant resolution of a typed name, autocomplete ranking (fuse.js), and
 * spotting speaker names inside a question (speakerMentions.ts). It reads the name lookups of speakerNames.ts.
 */
import Fuse from 'fuse.js';
import { foldText, tokenize } from '../core/text.js';
import type { Speaker } from '../core/types.js';
import { editDistance, isVietnameseSyllable, typoBudget } from './analyze.js';
import { roleKeys, speakerFormsOf, stripHonorifics, TITLE_WORDS, type SpeakerForms } from './speakerForms.js';
import { speakerMentionsIn, type SpeakerMention } from './speakerMentions.js';
import { findSorted, once, speakerNamesOf, type SpeakerNames } from './speakerNames.js';

interface Entry {
  id: string;
  text: string;
}

export interface SpeakerDirectory {
  all: Speaker[];
  byId: Map<string, Speaker>;
  quoteCount(id: string): number;
  /** A speaker by name, alias or typo, or by an office only one speaker of the corpus holds (see `roleKeys`). */
  resolve(query: string): Speaker | null;
  suggest(query: string, limit: number): Speaker[];
  /**
   * Speakers with a name of these folded syllables, one of which may be mistyped by one letter ("ta xan loc" for
   * Tạ Xuân Lộc): a typo the word-by-word `resolve` does not take, as a Vietnamese syllable is never typo-matched
   * alone. For telling a mistyped known name from a name the corpus does not know.
   */
  namesLike(syllables: readonly string[], given?: boolean): Speaker[];
  /** Speakers named in folded question words; `exactOnly` skips typo matching. */
  mentions(folded: string[], original: string[], isKnownWord: (w: string) => number): SpeakerMention[];
}

/**
 * Build the directory; `counts` gives the number of quotes per speaker id, `forms()[i]` the folded names of
 * `speakers[i]` (asked for only by autocomplete and typo checks: a saved index unpacks them then), `names` their
 * lookups (made here when not given).
 */
export function createSpeakerDirectory(
  speakers: Speaker[],
  counts: Map<string, number>,
  forms: () => SpeakerForms[] = once(() => speakers.map(speakerFormsOf)),
  names: SpeakerNames = speakerNamesOf(speakers, counts, forms()),
): SpeakerDirectory {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const quoteCount = (id: string): number => counts.get(id) ?? 0;
  // A typed name without honorifics → its speaker.
  const exactGet = (folded: string): Speaker | undefined => {
    const k = findSorted(names.exact, folded);
    return k < 0 ? undefined : speakers[names.exactOwner[k]!];
  };
  // A name word → the ids of the speakers bearing it; each word's Set is made when first asked for.
  const tokenSlot = new Map<string, number>();
  names.tokens.forEach((t, k) => tokenSlot.set(t, k));
  const ownerSets = new Map<number, Set<string>>();
  const tokenOwners = {
    get(t: string): Set<string> | undefined {
      const k = tokenSlot.get(t);
      if (k === undefined) return undefined;
      let set = ownerSets.get(k);
      if (!set) {
        set = new Set<string>();
        for (let j = names.start[k]!; j < names.start[k + 1]!; j++) set.add(speakers[names.owners[j]!]!.id);
        ownerSets.set(k, set);
      }
      return set;
    },
    keys: (): string[] => names.tokens,
  };
  // Autocomplete entries (suggest) are made on first use: a question only needs the name words (mentions), and
  // 60 000 speakers' forms take a part of a second.
  let entryList: Entry[] | null = null;
  const entriesOf = (): Entry[] => (entryList ??= speakers.flatMap((sp, i) => forms()[i]!.forms.map((text) => ({ id: sp.id, text }))));
  // Office → the speakers who hold it in the corpus; it resolves only when one does (made on first use too).
  let roleHolders: Map<string, Set<string>> | null = null;
  const roleHoldersOf = (): Map<string, Set<string>> => {
    if (roleHolders) return roleHolders;
    const holdersOf = new Map<string, Set<string>>();
    for (const sp of speakers) {
      for (const k of sp.role ? roleKeys(sp.role) : []) {
        const holders = holdersOf.get(k) ?? new Set<string>();
        holders.add(sp.id);
        holdersOf.set(k, holders);
      }
    }
    return (roleHolders = holdersOf);
  };
  // Built on first use (autocomplete, a misspelt name): at 20 000 articles they take seconds of a restart otherwise.
  let fuse: Fuse<Entry> | null = null;
  let tokenFuse: Fuse<string> | null = null;
  const fuseOf = (): Fuse<Entry> => (fuse ??= new Fuse(entriesOf(), { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.45 }));
  const tokenFuseOf = (): Fuse<string> => (tokenFuse ??= new Fuse([...tokenOwners.keys()], { threshold: 0.4, ignoreLocation: true }));
  const busiest = (ids: Iterable<string>): Speaker | null => {
    let best: Speaker | null = null;
    for (const id of ids) {
      const sp = byId.get(id);
      if (sp && (!best || quoteCount(sp.id) > quoteCount(best.id))) best = sp;
    }
    return best;
  };

  const holderOf = (query: string): Speaker | null => {
    for (const k of roleKeys(query)) {
      const holders = roleHoldersOf().get(k);
      if (holders?.size === 1) return byId.get([...holders][0]!) ?? null;
    }
    return null;
  };
  const resolve = (query: string): Speaker | null => {
    const typed = tokenize(foldText(query)).join(' ');
    const folded = stripHonorifics(typed);
    if (folded.length < 2) return null;
    // A title before an organisation ("Tổng giám đốc X", "Chủ tịch X") is an office: its holder speaks, not the
    // organisation whose name is left once the title is stripped.
    if (folded !== typed) {
      const holder = holderOf(query);
      if (holder) return holder;
    }
    const hit = exactGet(folded) ?? byId.get(query.trim());
    if (hit) return hit;
    const holder = holderOf(query);
    if (holder) return holder;
    // English copy puts the organisation before the title ("VNG chairman Le Van A", "Hanoi police chief Tran B"):
    // the name is the words after the last title, when they are a known name of two words or more.
    const words0 = folded.split(' ');
    const lastTitle = words0.findLastIndex((w, i) => i > 0 && TITLE_WORDS.has(w));
    if (lastTitle > 0 && words0.length - lastTitle - 1 >= 2) {
      const named = exactGet(words0.slice(lastTitle + 1).join(' '));
      if (named) return named;
    }
    const words = folded.split(' ');
    const owners = words.map((w) => tokenOwners.get(w));
    if (owners.every((o) => o !== undefined)) {
      const common = [...owners[0]!].filter((id) => owners.every((o) => o!.has(id)));
      const best = busiest(common);
      if (best) return best;
    }
    // Typos: each typed word must be a name word or within the typo budget of one (fuse.js over the
    // distinct name words proposes, the edit distance decides), and the candidates must agree on a speaker.
    let agreed: Set<string> | null = null;
    for (const w of words) {
      const ids = new Set<string>(tokenOwners.get(w) ?? []);
      // Vietnamese syllables are never typo-matched: "dieu" is one edit from "dien" and means something else.
      const budget = isVietnameseSyllable(w) ? 0 : typoBudget(w.length);
      if (!ids.size && budget > 0) {
        for (const r of tokenFuseOf().search(w, { limit: 10 })) {
          if (editDistance(w, r.item, budget) <= budget) for (const id of tokenOwners.get(r.item) ?? []) ids.add(id);
        }
      }
      if (!ids.size) return null;
      if (agreed === null) agreed = ids;
      else {
        const both = new Set<string>();
        for (const id of agreed as Set<string>) if (ids.has(id)) both.add(id);
        agreed = both;
      }
    }
    return agreed === null ? null : busiest(agreed);
  };

  const indexOf = new Map(speakers.map((sp, i) => [sp.id, i]));
  const namesLike = (syllables: readonly string[], given = false): Speaker[] => {
    const out: Speaker[] = [];
    // Every syllable but one is typed right, so each candidate owns one of the typed syllables.
    const candidates = new Set<string>();
    for (const w of syllables) for (const id of tokenOwners.get(w) ?? []) candidates.add(id);
    for (const id of candidates) {
      // `given`: the syllables may be the last ones of a longer name (the given name, "Minh Khoát" of "Đỗ Minh Khoát").
      const close = forms()[indexOf.get(id)!]!.tokens.some((full) => {
        const name = given && full.length > syllables.length ? full.slice(-syllables.length) : full;
        return name.length === syllables.length
          && name.filter((t, k) => t !== syllables[k]).length <= 1
          && name.every((t, k) => t === syllables[k] || editDistance(t, syllables[k]!, 1) <= 1);
      });
      if (close) out.push(byId.get(id)!);
    }
    return out.sort((a, b) => quoteCount(b.id) - quoteCount(a.id));
  };

  const suggest = (query: string, limit: number): Speaker[] => {
    const folded = stripHonorifics(tokenize(foldText(query)).join(' '));
    if (!folded) {
      return [...speakers].sort((a, b) => quoteCount(b.id) - quoteCount(a.id) || a.name.localeCompare(b.name)).slice(0, limit);
    }
    const best = new Map<string, number>();
    for (const r of fuseOf().search(folded)) {
      // A name word starting with what was typed beats a match in the middle of a word.
      const prefix = r.item.text.split(' ').some((w) => w.startsWith(folded)) || r.item.text.startsWith(folded);
      const score = (r.score ?? 1) - (prefix ? 1 : 0);
      const prev = best.get(r.item.id);
      if (prev === undefined || score < prev) best.set(r.item.id, score);
    }
    return [...best.entries()]
      .sort((a, b) => a[1] - b[1] || quoteCount(b[0]) - quoteCount(a[0]))
      .slice(0, limit)
      .map(([id]) => byId.get(id)!)
      .filter(Boolean);
  };

  const mentions = (folded: string[], original: string[], knownDf: (w: string) => number): SpeakerMention[] =>
    speakerMentionsIn(folded, original, knownDf, tokenOwners, busiest);

  return { all: speakers, byId, quoteCount, resolve, suggest, namesLike, mentions };
}
