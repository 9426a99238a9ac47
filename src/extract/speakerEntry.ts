/** One speaker of the corpus as the registry (speakers.ts) and its surname index (surnameIndex.ts) hold it. */
import type { Gender } from './mentionTypes.js';

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
