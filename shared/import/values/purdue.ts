import { PURDUE_LEVELS, type PurdueLevel } from '../../assets/taxonomy';

const DMZ = /\b(?:i?dmz|industrial dmz)\b/;
/** Level words people put before the number: "L1", "Level 2", "Nivel 3", "Livello 1", "Ebene 2", "Niveau 3". */
const PREFIX = /^(?:purdue\s*)?(?:level|lvl|nivel|livello|ebene|stufe|niveau|lev|l|레벨)?\s*[-:.]?\s*/;

/** A Purdue level from `L1`, `Level 2`, `Nivel 3`, `3.5`, `3,5`, `DMZ`, or a number cell; null if none. */
export function purdueFromText(text: string): PurdueLevel | null {
  const t = text.trim().toLowerCase().replace(',', '.');
  if (DMZ.test(t)) return '3.5';
  const m = /^(\d(?:\.\d)?)(?!\d)/.exec(t.replace(PREFIX, ''));
  if (!m?.[1]) return null;
  const level = String(Number(m[1]));
  return (PURDUE_LEVELS as readonly string[]).includes(level) ? (level as PurdueLevel) : null;
}
