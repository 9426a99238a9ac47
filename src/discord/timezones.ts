/**
 * Time zones for the /digest timezone autocomplete. Node 20's ICU lists canonical CLDR ids, which still
 * lack modern IANA names (it offers Asia/Saigon, not Asia/Ho_Chi_Minh; Europe/Kiev, not Europe/Kyiv), so
 * those are added, each kept only if Intl accepts it.
 */
import Fuse from 'fuse.js';
import { isValidTimeZone } from '../digest/zonedTime.js';

// Current IANA names that CLDR-based lists (Node ≤ 20) show under older aliases.
const MODERN_NAMES = [
  'Asia/Ho_Chi_Minh',
  'Europe/Kyiv',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Yangon',
  'America/Nuuk',
  'Pacific/Kanton',
  'Pacific/Chuuk',
  'Pacific/Pohnpei',
  'Atlantic/Faroe',
  'America/Argentina/Buenos_Aires',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'Asia/Thimphu',
  'Asia/Dhaka',
  'Africa/Asmara',
  'UTC',
];

/** Shown first when the user has typed nothing: the corpus is Vietnamese news. */
export const PREFERRED_ZONE = 'Asia/Ho_Chi_Minh';

let zones: string[] | null = null;
let fuse: Fuse<{ zone: string; words: string }> | null = null;

/** Every zone name Intl accepts on this runtime, modern names included. */
export function allTimeZones(): string[] {
  if (zones) return zones;
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  zones = [...new Set([...MODERN_NAMES, ...listed])].filter(isValidTimeZone).sort();
  return zones;
}

/**
 * Zones ranked for what the user typed ("ho chi", "hanoi", "kyiv", "tokyo"); `Asia/Ho_Chi_Minh` first
 * on empty input.
 */
export function suggestTimeZones(query: string, limit = 25): string[] {
  const list = allTimeZones();
  const q = query.trim();
  if (q === '') return [PREFERRED_ZONE, ...list.filter((z) => z !== PREFERRED_ZONE)].slice(0, limit);
  fuse ??= new Fuse(
    list.map((zone) => ({ zone, words: zone.replace(/[_/]/g, ' ') })),
    { keys: ['zone', 'words'], threshold: 0.4, ignoreLocation: true },
  );
  return fuse.search(q.replace(/_/g, ' '), { limit }).map((r) => r.item.zone);
}
