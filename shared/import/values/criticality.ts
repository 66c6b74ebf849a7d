import type { Criticality } from '../../assets/taxonomy';
import { PhraseTable } from './lookup';

/** Words for each step of the scale, in the languages inventories arrive in. Extend freely. */
export const CRITICALITY_WORDS: Record<Criticality, readonly string[]> = {
  low: ['low', 'baja', 'bajo', 'niedrig', 'gering', 'faible', 'basse', 'bassa', 'basso', 'minor', 'low risk', '낮음'],
  medium: ['medium', 'media', 'medio', 'mittel', 'moyenne', 'moyen', 'moderate', 'moderada', 'moderato', 'normal', '보통', '중간'],
  high: ['high', 'alta', 'alto', 'hoch', 'haute', 'elevee', 'eleve', 'elevata', 'elevato', 'major', '높음'],
  critical: [
    'critical',
    'critica',
    'critico',
    'kritisch',
    'critique',
    'very high',
    'muy alta',
    'sehr hoch',
    'tres elevee',
    'molto alta',
    'essential',
    'vital',
    'safety critical',
    '매우 높음',
    '심각',
    '치명적',
  ],
};

/** Single letters and the 1–4 scale (1 = low … 4 = critical, the order of the app's scale) match only on their own. */
const CRITICALITY_CODES: Record<Criticality, readonly string[]> = {
  low: ['l', 'lo', '1', '하'],
  medium: ['m', 'med', 'mid', '2', '중'],
  high: ['h', 'hi', '3', '상'],
  critical: ['c', 'crit', 'vh', '4'],
};

export const criticalityTable = new PhraseTable<Criticality>(CRITICALITY_WORDS, CRITICALITY_CODES);
