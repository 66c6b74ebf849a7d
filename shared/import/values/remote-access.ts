import { PhraseTable } from './lookup';

type YesNo = 'yes' | 'no';

/** Yes/no words; matched as the whole cell only, since "no" inside a sentence says nothing. */
const YES_NO: Record<YesNo, readonly string[]> = {
  yes: ['yes', 'y', 'si', 'sí', 'ja', 'j', 'oui', 'true', 'x', '1', 'enabled', 'allowed', 'vpn', '예', '네', '있음', '가능'],
  no: ['no', 'n', 'nein', 'non', 'false', '0', 'disabled', 'none', 'keine', 'kein', 'ninguno', 'aucun', 'nessuno', '아니오', '없음', '불가'],
};

const table = new PhraseTable<YesNo>({ yes: [], no: [] }, YES_NO);

export function remoteAccessFromText(text: string): boolean | null {
  const answer = table.lookup(text);
  return answer === null ? null : answer === 'yes';
}
