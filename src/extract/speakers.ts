/**
 * The corpus's speakers as entities. Every name form seen ("Anna Berg", "ông Berg", a misspelt "Berk") joins
 * one entry whose canonical name is the fullest form. Vietnamese copy names a foreign person in full once and
 * by surname afterwards, so a lone surname resolves to the entry whose name ends with it; fuse.js catches typos.
 */
import Fuse from 'fuse.js';
import type { Speaker } from '../core/types.js';
import { foldText, tokenize } from '../core/text.js';
import { LEADER_ROLES, ROLE_NOUNS, ROLE_SYNONYMS } from './lexicon.js';
import { normaliseRole, type Gender } from './mentions.js';

export interface SpeakerEntry {
  id: string;
  name: string;
  kind: 'person' | 'org';
  aliases: Set<string>;
  roles: Map<string, number>;
  gender: Gender;
  count: number;
  /** Seen at least once after an honorific or a role ("ông X", "Ngoại trưởng X"): a person, not a place. */
  attested: boolean;
}

/** `Anna Berg` → `anna-berg`. */
export function speakerIdOf(name: string): string {
  return tokenize(foldText(name)).join('-');
}

/** Names are written as seen; brackets ("[Ông] Berg") and stray punctuation are not part of them. */
export function cleanName(name: string): string {
  return name.replace(/[[\]()]/g, '').replace(/\s+/g, ' ').trim();
}

const FOLDED_ROLES = ROLE_NOUNS.map((r) => foldText(r)).sort((a, b) => b.length - a.length);
const LEADERS = new Set(LEADER_ROLES.map(foldText));
const SYNONYM_CLASS = new Map<string, string>();
for (const group of ROLE_SYNONYMS) for (const r of group) SYNONYM_CLASS.set(foldText(r), foldText(group[0]!));

const LEADER_KEY = '*leader';

interface RoleShape { head: string; leader: boolean; quals: Set<string> }

const SHAPES = new Map<string, RoleShape>();

function roleShape(role: string): RoleShape {
  const cached = SHAPES.get(role);
  if (cached) return cached;
  const shape = computeRoleShape(role);
  if (SHAPES.size > 50_000) SHAPES.clear();
  SHAPES.set(role, shape);
  return shape;
}

function computeRoleShape(role: string): RoleShape {
  const n = normaliseRole(role);
  const head = FOLDED_ROLES.find((r) => n === r || n.startsWith(r + ' ')) ?? n.split(' ')[0] ?? n;
  const rest = n.slice(head.length).trim();
  return { head: SYNONYM_CLASS.get(head) ?? head, leader: LEADERS.has(head), quals: new Set(tokenize(rest)) };
}

/** Whether a role description ("nhà lãnh đạo Nga") can denote someone known under `role` ("Tổng thống Nga"). */
export function roleFits(description: string, role: string): boolean {
  const d = roleShape(description);
  const r = roleShape(role);
  const sameKind = d.head === r.head || (d.leader && r.leader);
  if (!sameKind) return false;
  for (const q of d.quals) if (!r.quals.has(q)) return false;
  return true;
}

/** Collects name forms in a first pass over the corpus, then resolves mentions to entries. */
export class SpeakerRegistry {
  private readonly observed = new Map<string, { name: string; kind: 'person' | 'org'; count: number; roles: Map<string, number>; surfaces: Set<string>; m: number; f: number; attested: boolean }>();
  private entries: SpeakerEntry[] = [];
  private byFolded = new Map<string, SpeakerEntry>();
  /** Person entries by the last word of their canonical name (the surname in foreign names). */
  private byLast = new Map<string, SpeakerEntry[]>();
  private readonly cache = new Map<string, SpeakerEntry | null>();
  private readonly roleCache = new Map<string, SpeakerEntry[]>();
  /** Person entries by role head (synonyms merged); leaders also under LEADER_KEY. */
  private readonly roleIndex = new Map<string, Set<SpeakerEntry>>();
  /** Surnames for typo matching, one fuse.js index per first letter (a typo keeps the first letter). */
  private surnames = new Map<string, Fuse<{ key: string; entry: SpeakerEntry }>>();

  /** Record a name form (first pass). */
  observe(kind: 'person' | 'org', rawName: string, roles: Array<string | null>, surface: string, gender: Gender = null, attested = true): void {
    const name = cleanName(rawName);
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
    this.entries = [];
    this.byFolded.clear();
    this.byLast.clear();
    this.cache.clear();
    this.roleCache.clear();
    this.roleIndex.clear();
    this.surnames.clear();
    for (const form of forms) {
      const entry = form.kind === 'person' ? this.findCluster(form.name) : this.byFolded.get(foldText(form.name)) ?? null;
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
    for (const e of this.entries) {
      if (e.kind !== 'person') continue;
      for (const r of e.roles.keys()) {
        const shape = roleShape(r);
        for (const key of shape.leader ? [shape.head, LEADER_KEY] : [shape.head]) {
          let set = this.roleIndex.get(key);
          if (!set) this.roleIndex.set(key, (set = new Set()));
          set.add(e);
        }
      }
    }
  }

  private newEntry(name: string, kind: 'person' | 'org'): SpeakerEntry {
    const e: SpeakerEntry = { id: speakerIdOf(name), name, kind, aliases: new Set(), roles: new Map(), gender: null, count: 0, attested: kind === 'org' };
    this.entries.push(e);
    if (kind === 'person') {
      const last = tokenize(foldText(name)).at(-1) ?? '';
      let fuse = this.surnames.get(last[0] ?? '');
      if (!fuse) {
        fuse = new Fuse<{ key: string; entry: SpeakerEntry }>([], { keys: ['key'], threshold: 0.3, includeScore: true, ignoreLocation: true });
        this.surnames.set(last[0] ?? '', fuse);
      }
      fuse.add({ key: last, entry: e });
      this.byLast.set(last, [...(this.byLast.get(last) ?? []), e]);
    }
    return e;
  }

  /** The person entry a name form belongs to: same folded name, a shorter form ending it, or a close typo of its surname. */
  private findCluster(name: string): SpeakerEntry | null {
    const folded = foldText(name);
    const direct = this.byFolded.get(folded);
    if (direct) return direct;
    const toks = tokenize(folded);
    const last = toks.at(-1);
    if (!last) return null;
    const candidates = (this.byLast.get(last) ?? [])
      .filter((e) => {
        const et = tokenize(foldText(e.name));
        return et.at(-1) === last && toks.every((t) => et.includes(t));
      })
      .sort((a, b) => b.count - a.count);
    if (candidates[0]) return candidates[0];
    return this.fuzzySurname(toks);
  }

  private fuzzySurname(toks: string[]): SpeakerEntry | null {
    const last = toks.at(-1);
    const fuse = this.surnames.get(last?.[0] ?? '');
    if (!last || last.length < 4 || !fuse) return null;
    for (const hit of fuse.search(last)) {
      const key = hit.item.key;
      const lengthClose = Math.abs(key.length - last.length) <= 2;
      // A typo keeps the first letter and the other given names; different people rarely differ by one letter there.
      const othersAgree = toks.slice(0, -1).every((t) => tokenize(foldText(hit.item.entry.name)).includes(t));
      if ((hit.score ?? 1) <= 0.3 && lengthClose && key[0] === last[0] && othersAgree) return hit.item.entry;
    }
    return null;
  }

  /** Resolve a name as written to an entry (null when the corpus never saw anything like it). */
  resolveName(name: string): SpeakerEntry | null {
    const n = cleanName(name);
    if (!n) return null;
    const key = foldText(n);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const e = this.byFolded.get(key) ?? this.findCluster(n);
    this.cache.set(key, e);
    return e;
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
    const pool = new Set([...(this.roleIndex.get(shape.head) ?? []), ...(shape.leader ? this.roleIndex.get(LEADER_KEY) ?? [] : [])]);
    const found = [...pool]
      .filter((e) => [...e.roles.keys()].some((r) => roleFits(description, r)))
      .sort((a, b) => b.count - a.count);
    this.roleCache.set(description, found);
    return found;
  }

  /** Whether an entry is known under a role that fits the description. */
  fitsRole(entry: SpeakerEntry, description: string): boolean {
    return [...entry.roles.keys()].some((r) => roleFits(description, r));
  }

  /** Ensure an organisation entry exists after build (organisations are found while attributing). */
  org(name: string): SpeakerEntry {
    const n = cleanName(name);
    const hit = this.byFolded.get(foldText(n));
    if (hit) return hit;
    const e = this.newEntry(n, 'org');
    this.byFolded.set(foldText(n), e);
    return e;
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
