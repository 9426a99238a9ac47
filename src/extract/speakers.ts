/**
 * The corpus's speakers as entities. Every name form seen ("Anna Berg", "ông Berg", a misspelt "Berk") joins
 * one entry whose canonical name is the fullest form. Vietnamese copy names a foreign person in full once and
 * by surname afterwards, so a lone surname resolves to the entry whose name ends with it; fuse.js catches typos.
 * Titles are compared in roleShapes.ts, name forms in nameForms.ts.
 */
import type { Speaker } from '../core/types.js';
import { foldText, tokenize } from '../core/text.js';
import type { Gender } from './mentionTypes.js';
import type { SpeakerEntry } from './speakerEntry.js';
import { calledByFirstWord, cleanName, entryName, isWholeVietnameseName, prefixedGivenName, speakerIdOf, surnameFirst, VIETNAMESE_SYLLABLE } from './nameForms.js';
import { sexOfName } from './nameSex.js';
import { SurnameIndex } from './surnameIndex.js';
import { offices, roleCompatible, roleFits, roleShape } from './roleShapes.js';

export { cleanName, speakerIdOf, substringDistance } from './nameForms.js';
export type { SpeakerEntry } from './speakerEntry.js';


const LEADER_KEY = '*leader';
const HEAD_OF_KEY = '*head';

/** Collects name forms in a first pass over the corpus, then resolves mentions to entries. */
export class SpeakerRegistry {
  private readonly observed = new Map<string, { name: string; kind: 'person' | 'org'; count: number; roles: Map<string, number>; surfaces: Set<string>; m: number; f: number; attested: boolean }>();
  private entries: SpeakerEntry[] = [];
  private byFolded = new Map<string, SpeakerEntry>();
  /** Person entries by the last word of their canonical name (the surname in foreign names). */
  private byLast = new Map<string, SpeakerEntry[]>();
  private readonly cache = new Map<string, SpeakerEntry | null>();
  private readonly rawCache = new Map<string, SpeakerEntry | null>();
  private readonly roleCache = new Map<string, SpeakerEntry[]>();
  /** Person entries by role head (synonyms merged); leaders also under LEADER_KEY. */
  private readonly roleIndex = new Map<string, Set<SpeakerEntry>>();
  /** Person entries by role head and one qualifier of that role ("bộ trưởng" + "tai"), to narrow byRole. */
  private readonly qualIndex = new Map<string, Map<string, Set<SpeakerEntry>>>();
  /** Position of each entry in build order: byRole keeps the order a scan of roleIndex would give. */
  private readonly order = new Map<SpeakerEntry, number>();
  /** Surnames for typo matching and every word of person names (surnameIndex.ts). */
  private readonly surnames = new SurnameIndex();
  /** Folded words of each entry's canonical name. */
  private readonly nameTokens = new Map<SpeakerEntry, string[]>();
  /**
   * Organisations first met while reading articles (after build), apart from byFolded: resolving a name must not
   * depend on which articles were read before, so that documents can be read in any order or in several workers.
   */
  private readonly lateOrgs = new Map<string, SpeakerEntry>();

  /** Acronyms an article defines ("NHNN" → "Ngân hàng Nhà nước"); empty for the corpus registry. */
  readonly acronyms = new Map<string, string>();

  /** Short names an article gives a body in brackets ("CTCP Sữa Sao Mai (Saomilk)"); empty for the corpus registry. */
  readonly bodyNames = new Set<string>();

  /** Record a name form (first pass). */
  observe(kind: 'person' | 'org', rawName: string, roles: Array<string | null>, surface: string, gender: Gender = null, attested = true): void {
    const name = entryName(rawName);
    if (!name) return;
    const key = foldText(name);
    let o = this.observed.get(key);
    if (!o) {
      o = { name, kind, count: 0, roles: new Map(), surfaces: new Set(), m: 0, f: 0, attested: false };
      this.observed.set(key, o);
    }
    o.count++;
    if (attested) o.attested = true;
    for (const role of roles) if (role) o.roles.set(role, (o.roles.get(role) ?? 0) + 1);
    if (surface && surface !== name) o.surfaces.add(surface);
    if (gender === 'm') o.m++;
    if (gender === 'f') o.f++;
  }

  /** Cluster the observed forms into entries: fullest names first, shorter forms join the name they end. */
  build(): void {
    const forms = [...this.observed.values()].sort(
      (a, b) => tokenize(b.name).length - tokenize(a.name).length || b.count - a.count,
    );
    this.reset();
    for (const form of forms) {
      const found = form.kind === 'person' ? this.findCluster(form.name) : this.byFolded.get(foldText(form.name)) ?? null;
      // "bà Hòa" is not the "ông Trần Văn Hòa" whose name it ends: a shorter form written as the other sex is someone else.
      const sex = form.m > form.f ? 'm' : form.f > form.m ? 'f' : null;
      const entry = found && sex && found.gender && found.gender !== sex ? null : found;
      const target = entry ?? this.newEntry(form.name, form.kind);
      target.count += form.count;
      if (form.attested) target.attested = true;
      if (form.name !== target.name) target.aliases.add(form.name);
      for (const s of form.surfaces) target.aliases.add(s);
      for (const [r, c] of form.roles) target.roles.set(r, (target.roles.get(r) ?? 0) + c);
      this.byFolded.set(foldText(form.name), target);
      if (form.m > form.f) target.gender = 'm';
      else if (form.f > form.m) target.gender = 'f';
    }
    this.indexRoles();
  }

  private reset(): void {
    this.entries = [];
    this.byFolded.clear();
    this.byLast.clear();
    this.cache.clear();
    this.rawCache.clear();
    this.roleCache.clear();
    this.roleIndex.clear();
    this.qualIndex.clear();
    this.order.clear();
    this.surnames.clear();
    this.nameTokens.clear();
    this.lateOrgs.clear();
  }

  private indexRoles(): void {
    this.entries.forEach((e, i) => {
      this.order.set(e, i);
      if (e.kind !== 'person') return;
      for (const r of [...e.roles.keys()].flatMap(offices)) {
        const shape = roleShape(r);
        for (const key of [shape.head, ...(shape.leader ? [LEADER_KEY] : []), ...(shape.headOf ? [HEAD_OF_KEY] : [])]) {
          let set = this.roleIndex.get(key);
          if (!set) this.roleIndex.set(key, (set = new Set()));
          set.add(e);
          let byQual = this.qualIndex.get(key);
          if (!byQual) this.qualIndex.set(key, (byQual = new Map()));
          for (const q of shape.quals) {
            let qs = byQual.get(q);
            if (!qs) byQual.set(q, (qs = new Set()));
            qs.add(e);
          }
        }
      }
    });
  }

  private newEntry(name: string, kind: 'person' | 'org'): SpeakerEntry {
    // The name's own middle word ("Lê Thị Khuyên") until an "ông"/"bà" written with it says otherwise (build).
    const gender = kind === 'person' ? sexOfName(name) : null;
    const e: SpeakerEntry = { id: speakerIdOf(name), name, kind, aliases: new Set(), roles: new Map(), gender, count: 0, attested: kind === 'org' };
    this.entries.push(e);
    if (kind === 'person') {
      const tokens = this.tokensOf(e);
      const last = tokens.at(-1) ?? '';
      this.surnames.add(e, tokens);
      const given = prefixedGivenName(name);
      for (const key of new Set([last, ...surnameFirst(name), ...(given ? [given] : [])])) {
        const same = this.byLast.get(key);
        if (same) same.push(e);
        else this.byLast.set(key, [e]);
      }
    }
    return e;
  }

  private tokensOf(e: SpeakerEntry): string[] {
    let t = this.nameTokens.get(e);
    if (!t) this.nameTokens.set(e, (t = tokenize(foldText(e.name))));
    return t;
  }

  /** The person entry a name form belongs to: same folded name, a shorter form ending it, or a close typo of its surname. */
  private findCluster(name: string): SpeakerEntry | null {
    const folded = foldText(name);
    const direct = this.byFolded.get(folded);
    if (direct) return direct;
    const toks = tokenize(folded);
    const last = toks.at(-1);
    if (!last) return null;
    const whole = isWholeVietnameseName(name);
    const candidates = (this.byLast.get(last) ?? [])
      .filter((e) => {
        const et = this.tokensOf(e);
        if (whole && et.length !== toks.length) return false;
        return (et.at(-1) === last || surnameFirst(e.name)[0] === last || prefixedGivenName(e.name) === last) && toks.every((t) => et.includes(t));
      })
      // A name that ends with the word is called by it more surely than one that opens with it.
      .sort((a, b) => Number(this.tokensOf(b).at(-1) === last) - Number(this.tokensOf(a).at(-1) === last) || b.count - a.count);
    if (candidates[0]) return candidates[0];
    return (toks.length === 1 ? this.byFirstWord(last) : null) ?? this.surnames.typoOf(toks, whole);
  }

  /**
   * The one person known as a person whose name opens with `word` and who is called so ("Daniel" for
   * "Daniel Brooks", "Linh" for "Linh Trần"); null when none or several.
   */
  private byFirstWord(word: string): SpeakerEntry | null {
    const found = new Set(this.surnames.withWord(word)
      .filter((item) => item.tokens[0] === word && item.entry.attested && calledByFirstWord(item.entry.name))
      .map((item) => item.entry));
    return found.size === 1 ? [...found][0]! : null;
  }

  /**
   * The people called by the one word `name` is ("Hùng" for "Nguyễn Văn Hùng" and "Trần Mạnh Hùng"): every person
   * entry of a whole Vietnamese name (a family name first) that ends with it. Empty for a name of more words. Two
   * forms of one foreign name ("Karin Holm", "Secretary Holm") are not two people, so only Vietnamese names count.
   */
  sameCalled(name: string): SpeakerEntry[] {
    const toks = tokenize(foldText(entryName(name) ?? ''));
    if (toks.length !== 1) return [];
    return (this.byLast.get(toks[0]!) ?? []).filter((e) => e.kind === 'person' && isWholeVietnameseName(e.name) && this.tokensOf(e).at(-1) === toks[0]);
  }

  /** Resolve a name as written to an entry (null when the corpus never saw anything like it). */
  resolveName(name: string): SpeakerEntry | null {
    // The same written form comes back in every sentence: skip cleaning and folding it again.
    const seen = this.rawCache.get(name);
    if (seen !== undefined) return seen;
    const n = entryName(name);
    if (!n) return null;
    const key = foldText(n);
    let e = this.cache.get(key);
    if (e === undefined) {
      e = this.byFolded.get(key) ?? this.findCluster(n);
      this.cache.set(key, e);
    }
    this.rawCache.set(name, e);
    return e;
  }

  /**
   * The person entry a cast member's name links to across articles: the entry of a name of two words or more;
   * for a lone word, only the one person whose name ends with it (several: no link, the article alone says who).
   */
  linkName(name: string): SpeakerEntry | null {
    const e = this.resolveName(name);
    if (!e || e.kind !== 'person') return null;
    const toks = tokenize(foldText(cleanName(name)));
    if (toks.length >= 2) return e;
    // "bà T.", "anh H.": an initial stands for a name the page keeps back; two pages' "T." are two people.
    if ((toks[0] ?? '').length < 2) return null;
    const same = (this.byLast.get(toks[0] ?? '') ?? []).filter((x) => x.kind === 'person');
    return same.length === 1 && same[0] === e ? e : null;
  }

  /**
   * A lone word that no person's name ends with, read as a typo of one person's surname ("Berk" for "Berg"); never
   * a Vietnamese syllable, since Vietnamese names differ by one letter ("Thanh", "Tham", "Thành").
   */
  linkTypo(name: string): SpeakerEntry | null {
    const toks = tokenize(foldText(cleanName(name)));
    if (toks.length !== 1 || VIETNAMESE_SYLLABLE.test(toks[0]!) || this.byLast.has(toks[0]!)) return null;
    const e = this.resolveName(name);
    return e && e.kind === 'person' ? e : null;
  }

  /** Whether a single capitalised word is a name the corpus knows (a surname used alone). */
  readonly knownName = (name: string): boolean => {
    const e = this.resolveName(name);
    return !!e && e.kind === 'person' && e.attested;
  };

  /** People whose known roles fit a role description, most often seen first. */
  byRole(description: string): SpeakerEntry[] {
    const cached = this.roleCache.get(description);
    if (cached) return cached;
    const shape = roleShape(description);
    const heads = this.roleIndex.get(shape.head);
    let pool: Iterable<SpeakerEntry>;
    if (shape.generic) {
      pool = new Set([...(heads ?? []), ...(this.roleIndex.get(HEAD_OF_KEY) ?? [])]);
    } else if (shape.quals.size) {
      // Only people with a role carrying one of the description's qualifiers can fit; take the rarest one.
      const sets = [...shape.quals].map((q) => {
        const a = this.qualIndex.get(shape.head)?.get(q);
        const b = shape.leader ? this.qualIndex.get(LEADER_KEY)?.get(q) : undefined;
        return [a, b].filter((x): x is Set<SpeakerEntry> => !!x);
      });
      const size = (xs: Array<Set<SpeakerEntry>>) => xs.reduce((n, x) => n + x.size, 0);
      const rarest = sets.reduce((a, b) => (size(b) < size(a) ? b : a));
      pool = new Set(rarest.flatMap((x) => [...x]));
    } else {
      pool = new Set([...(heads ?? []), ...(shape.leader ? this.roleIndex.get(LEADER_KEY) ?? [] : [])]);
    }
    // Same order as a scan of the head's people then the other leaders, so ties in count fall as before.
    const rank = (e: SpeakerEntry) => (heads?.has(e) ? 0 : this.entries.length) + (this.order.get(e) ?? 0);
    const found = [...pool]
      .filter((e) => [...e.roles.keys()].some((r) => roleFits(description, r)))
      .sort((a, b) => b.count - a.count || rank(a) - rank(b));
    this.roleCache.set(description, found);
    return found;
  }

  /** People known under a title the description could be another way of writing (see roleCompatible). */
  byCompatibleRole(description: string): SpeakerEntry[] {
    return this.entries.filter((e) => e.kind === 'person' && [...e.roles.keys()].some((r) => roleCompatible(description, r)));
  }

  /** Whether someone is known under a title of the same kind as the description, whatever it qualifies. */
  sameKindOfRole(description: string): boolean {
    const d = roleShape(description);
    return this.entries.some((e) => e.kind === 'person' && [...e.roles.keys()].some((r) => {
      const s = roleShape(r);
      return s.head === d.head || (d.leader && s.leader) || (d.generic && s.headOf);
    }));
  }

  /** Whether an entry is known under a role that fits the description. */
  fitsRole(entry: SpeakerEntry, description: string): boolean {
    return [...entry.roles.keys()].some((r) => roleFits(description, r));
  }

  /**
   * The entry of exactly this name, made after build when there is none (organisations are found while
   * attributing; a cast member whose lone word links to nobody keeps its own name). A form that build clustered
   * under another name (a typo, a surname shared by several people) is not that entry: "Tham" in one article is
   * not "Lê Văn Thành" of another.
   */
  org(name: string): SpeakerEntry {
    const n = entryName(name);
    const key = foldText(n);
    const built = this.byFolded.get(key);
    const hit = (built && foldText(built.name) === key ? built : undefined) ?? this.lateOrgs.get(key);
    if (hit) return hit;
    const e = this.newEntry(n, 'org');
    this.lateOrgs.set(key, e);
    return e;
  }

  /** Whether a body of this name has spoken already (an entry made by `org`). */
  hasOrg(name: string): boolean {
    const key = foldText(entryName(name));
    const e = this.lateOrgs.get(key) ?? this.byFolded.get(key);
    return !!e && e.kind === 'org';
  }

  /** Public speaker records for the given entries, with the most frequent role. */
  toSpeakers(ids: Set<string>, extraAliases: Map<string, Set<string>>): Speaker[] {
    return this.entries
      .filter((e) => ids.has(e.id))
      .map((e) => {
        // The most frequent role; on a tie the more specific (longer) one: an office over a bare rank.
        const role = [...e.roles.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? null;
        const aliases = new Set([...e.aliases, ...(extraAliases.get(e.id) ?? [])]);
        aliases.delete(e.name);
        return { id: e.id, name: e.name, aliases: [...aliases].sort(), role };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
