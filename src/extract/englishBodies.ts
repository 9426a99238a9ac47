/**
 * Bodies and groups that report in English copy, where the subject is described rather than named as Vietnamese copy
 * names it ("Bộ Công Thương cho biết"): "The Ministry of Industry and Trade said …", "the Vietnam government said …",
 * "…, the national weather centre said.", "The disaster officials in the province said …", "Officials say …".
 * A body whose words say which one it is speaks under those words, as "Chính phủ" or "Bộ Y tế" does; a kind of body
 * alone ("the ministry", "the agency") or a plural group ("officials", "the authorities") says no one, and its words are
 * a report with no speaker (crowds.ts).
 */
import type { Mention } from './mentionTypes.js';

// Words that end the name of a body in English ("Vietnam Disaster Management Authority", "General Statistics Office").
const BODY_HEADS = 'Ministry|Office|Agency|Authority|Department|Committee|Commission|Council|Court|Centre|Center|Bureau|Administration|Institute|Procuracy|Embassy|Government|Assembly|Directorate|Inspectorate';
// "Ministry of Industry and Trade", "Department of Public Security": "of" and its capitalised field, "and" within it.
const OF_FIELD = String.raw`(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'.-]*){0,5})?`;
const CAP_WORD = String.raw`[A-Z][\w’'.&-]*`;
// "(GSO)": the body's acronym after its name.
const ACRONYM = String.raw`(?:\s*\([A-Z][A-Za-z&-]{1,9}\))?`;
const NAMED_BODY = new RegExp(String.raw`^(?:[Tt]he\s+)?((?:${CAP_WORD}\s+){0,5}(?:${BODY_HEADS})${OF_FIELD})${ACRONYM}$`, 'u');

// Lower-case kinds of body a page describes: "the government", "the local weather bureau", "the disaster agency".
const KINDS = String.raw`government|ministry|agency|authority|bureau|centre|center|committee|commission|council|court|department|office|embassy|army|military|navy|service|administration`;
// What says which body it is: a capitalised word ("Vietnam government", "Hanoi police") or one of these words.
const MODIFIERS = [
  'local', 'national', 'provincial', 'municipal', 'city', 'district', 'state', 'state-run', 'state-owned', 'central',
  'federal', 'foreign', 'disaster', 'weather', 'meteorological', 'hydro-meteorological', 'flood', 'storm', 'flood and storm',
  'health', 'defence', 'defense', 'finance', 'transport', 'education', 'interior', 'security', 'public security',
  'statistics', 'tax', 'customs', 'environment', 'agriculture', 'industry', 'trade', 'forecasting', 'prevention',
  'people’s', "people's", 'investigation', 'aviation', 'civil aviation', 'maritime', 'railway', 'energy',
];
const MODIFIER = String.raw`(?:[A-Z][\w’'.-]*|${MODIFIERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
// "storm and flood prevention committee": modifiers may be joined by "and".
const DESCRIBED_BODY = new RegExp(String.raw`^(?:[Tt]he\s+)?((?:${MODIFIER}\s+(?:and\s+)?){0,4})(${KINDS})$`, 'u');
// The described body of another's: "the government's storm and flood prevention committee" is the committee.
const OWNER = new RegExp(String.raw`^(?:[Tt]he\s+)?(?:${MODIFIER}\s+){0,2}(?:${KINDS})['’]s\s+`, 'u');

// A phrase of English words only (Vietnamese letters say the phrase is Vietnamese).
const ENGLISH = /^[\x20-\x7E’‘]+$/u;
// A conjunction that opens the clause of the subject: "…, but the disaster agency said …".
const CONJUNCTION = /^(?:but|and|yet|while|whereas|although|though)\s+/iu;
// Adverbs between the subject and its verb: "the government also said", "the ministry later said".
const TRAILING_ADVERBS = /(?:\s+(?:also|later|earlier|again|then|now|previously|separately|further))+\s*$/u;

/**
 * The body that `phrase` (the words before a reporting verb) names whole, as a mention of type 'org' whose name is
 * how the page names it ("Ministry of Industry and Trade", "Vietnam government", "Local weather bureau"); null for
 * anything else, and for a kind of body with nothing that says which ("the ministry").
 */
export function englishBodyMention(phrase: string): Mention | null {
  if (!ENGLISH.test(phrase) || !/[A-Za-z]/u.test(phrase)) return null;
  const lead = /^\s*/u.exec(phrase)![0].length + (CONJUNCTION.exec(phrase.trimStart())?.[0].length ?? 0);
  const core = phrase.slice(lead).replace(TRAILING_ADVERBS, '').replace(/\s+$/u, '');
  const owned = OWNER.exec(core);
  const at = lead + (owned ? owned[0].length : 0);
  const rest = core.slice(owned ? owned[0].length : 0);
  const named = NAMED_BODY.exec(rest);
  // "the Ministry" alone names no ministry, as "Bộ" alone does not (context.ts); "the Government" is one body.
  if (named && (named[1]!.includes(' ') || named[1] === 'Government')) {
    // "The Vietnam …": the article is not part of the name.
    const start = at + rest.indexOf(named[1]!);
    return { type: 'org', name: named[1]!, surface: named[1]!, start, end: start + named[1]!.length };
  }
  const described = DESCRIBED_BODY.exec(rest);
  if (!described) return null;
  const modifiers = described[1]!.trim();
  // "the government" is one body ("Chính phủ"); "the ministry", "the agency" alone could be any ministry or agency.
  if (!modifiers && described[2] !== 'government') return null;
  const words = `${modifiers} ${described[2]}`.trim();
  const start = at + rest.indexOf(words);
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return { type: 'org', name, surface: words, start, end: start + words.length };
}

// Plural groups of people who report as a body, with what says which: "The disaster officials in the northern province",
// "weather forecasters", "provincial officials", "the authorities", "state media", "state-run newspapers".
// "…, their lawyers said.", "…, the two governments said.": counsel and governments speak as a group too, whoever they are.
const GROUP_NOUNS = 'officials|authorities|forecasters|meteorologists|rescuers|doctors|prosecutors|investigators|lawmakers|legislators|diplomats|sources|media|newspapers|lawyers|attorneys|governments';
// Not a word that opens or joins a clause ("… and officials said", "… told officials"): those make no group's name.
const GROUP_MODIFIER = String.raw`(?:[A-Z][\w’'.-]*|(?!(?:and|or|but|that|which|who|when|while|as|if|than|to|of|by|with|for|from|told|said|says|met|asked|urged|warned|in|on|at)\s)[a-z][a-z-]*)`;
// Where they are: "in Laos", "in the northern province", "from the rescue team".
const WHERE = String.raw`(?:\s+(?:in|of|from|at)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}[\w’'.-]+)?`;
// "the Vietnamese and U.S. governments": two capitalised modifiers joined by "and" (the only "and" a group's name holds).
const JOINED_MODIFIERS = String.raw`(?:[A-Z][\w’'.-]*\s+and\s+)?`;
const ENGLISH_GROUP = new RegExp(String.raw`^(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Oo]ther)\s+)?${JOINED_MODIFIERS}(?:${GROUP_MODIFIER}\s+){0,3}(?:${GROUP_NOUNS})${WHERE}$`, 'u');
// Someone described, never named: "a commune official", "one bedraggled survivor", "a Reuters witness".
const PERSON_NOUNS = 'official|resident|witness|survivor|villager|farmer|fisherman|driver|passenger|doctor|nurse|teacher|student|officer|police officer|policeman|diplomat|source|spokesman|spokeswoman|spokesperson|relative|neighbour|neighbor|worker|shop owner|trader|rescuer|soldier|expert|analyst';
const SOMEONE = new RegExp(String.raw`^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:${GROUP_MODIFIER}\s+){0,3}(?:${PERSON_NOUNS})${WHERE}$`, 'u');
// An outlet described, never a speaker (decision: outlets cite, they do not speak), whose report is kept with no name:
// "the national broadcaster", "state media", "the state-run newspaper".
const OUTLET = new RegExp(String.raw`^(?:[Tt]he\s+)?(?:(?:state-run|state-owned|state|national|local|official|government-run|provincial|online)\s+){0,2}(?:broadcaster|television|radio|newspaper|news agency|media|daily|news website)$`, 'u');
// "…, the company said in a statement.", "…, the report said.": a company or a document the page names elsewhere, said
// with nothing that says which; the words are kept, by no one to name (a blank is better than a guessed company).
const SOURCE_KINDS = 'company|firm|corporation|operator|developer|investor|report|statement|study|survey|document';
// A kind of body with nothing that says which ("the ministry said"): its words are a report, by no one to name. ("the
// government" is one body, which speaks: englishBodyMention.)
const BARE_KIND = new RegExp(String.raw`^[Tt]he\s+(?![Gg]overnment$)(?:${KINDS}|police|${SOURCE_KINDS})$`, 'iu');

/**
 * The English group, unnamed body or someone described but not named that `phrase` is whole, as a mention nobody is (type 'nonSpeaker'), or null.
 * `offset` is where the phrase starts in its sentence.
 */
export function englishGroupMention(phrase: string, offset: number): Mention | null {
  if (!ENGLISH.test(phrase)) return null;
  const lead = /^\s*/u.exec(phrase)![0].length + (CONJUNCTION.exec(phrase.trimStart())?.[0].length ?? 0);
  const core = phrase.slice(lead).replace(TRAILING_ADVERBS, '').replace(/\s+$/u, '');
  if (!core || !(ENGLISH_GROUP.test(core) || BARE_KIND.test(core) || SOMEONE.test(core) || OUTLET.test(core))) return null;
  const start = offset + lead;
  return { type: 'nonSpeaker', surface: core, start, end: start + core.length };
}

/**
 * Someone described and not named who opens `phrase`, the words before a reporting verb ("A Commerce Department
 * spokesperson", "An Interior Ministry official"), as a mention nobody is; null otherwise. The body's capitalised
 * name inside the description says whose official it is, not that the body spoke: read alone, "A Commerce Department"
 * was shown as the speaker, article and all.
 */
export function describedSomeone(phrase: string): Mention | null {
  if (!ENGLISH.test(phrase)) return null;
  const lead = /^\s*/u.exec(phrase)![0].length + (CONJUNCTION.exec(phrase.trimStart())?.[0].length ?? 0);
  const core = phrase.slice(lead).replace(TRAILING_ADVERBS, '').replace(/\s+$/u, '');
  if (!core || !SOMEONE.test(core)) return null;
  return { type: 'nonSpeaker', surface: core, start: lead, end: lead + core.length };
}
