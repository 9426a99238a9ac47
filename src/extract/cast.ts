/**
 * The cast of one article: the people and organisations it names, with the roles written next to them. Who a
 * pronoun, a title or a surname refers to is decided against this cast only (the document is the unit of
 * extraction); the corpus registry then only links a cast member to the same person's names in other articles.
 */
import { checkDeadline, type Deadline } from './isolation.js';
import { findMentions, type Gender, type Mention } from './mentions.js';
import type { Paragraph } from './paragraphs.js';
import { SpeakerRegistry, type SpeakerEntry } from './speakers.js';

/** One name form seen in a first pass, as plain data: workers send these to the main thread. */
export type Observation = [name: string, roles: Array<string | null>, surface: string, gender: Gender, attested: boolean];

/** Names and the roles written next to them ("Ngoại trưởng Anna Berg", "ông Berg, cố vấn của …,"). */
function observeNames(text: string, sink: (o: Observation) => void): void {
  const mentions = findMentions(text);
  mentions.forEach((m, i) => {
    if (m.type !== 'person') return;
    const roles = [m.role];
    const prev: Mention | undefined = mentions[i - 1];
    const next: Mention | undefined = mentions[i + 1];
    if (prev?.type === 'role' && /^\s*,\s*$/.test(text.slice(prev.end, m.start))) roles.push(prev.role);
    if (next?.type === 'role' && /^\s*,\s*$/.test(text.slice(m.end, next.start))) roles.push(next.role);
    sink([m.name, roles, m.surface, m.gender, !m.bare]);
  });
}

/** The name forms of one document's body paragraphs, in reading order. */
export function observationsOf(paragraphs: Paragraph[], deadline?: Deadline): Observation[] {
  const out: Observation[] = [];
  for (const p of paragraphs) {
    checkDeadline(deadline);
    observeNames(p.text, (o) => out.push(o));
  }
  return out;
}

/** A speaker registry built from observations already collected, in order (one article's, or the corpus's). */
export function registryOf(observations: Iterable<Observation[]>): SpeakerRegistry {
  const registry = new SpeakerRegistry();
  for (const list of observations) for (const o of list) registry.observe('person', o[0], o[1], o[2], o[3], o[4]);
  registry.build();
  return registry;
}

/** The cast of one article, from its body paragraphs. */
export function castOf(paragraphs: Paragraph[], deadline?: Deadline): SpeakerRegistry {
  return registryOf([observationsOf(paragraphs, deadline)]);
}

/**
 * The corpus entry of a cast member: the corpus cluster of its name when the name says who it is (two words or
 * more, or a lone word only one person of the corpus ends with); else an entry of its own under the name the
 * article gives. A lone surname shared by several people is never settled by another article.
 */
export function linkToCorpus(member: SpeakerEntry, corpus: SpeakerRegistry): SpeakerEntry {
  if (member.kind === 'person') {
    const linked = corpus.linkName(member.name);
    if (linked) return linked;
  }
  return corpus.org(member.name);
}
