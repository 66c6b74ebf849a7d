import { normalizeHeader } from './normalize-header';
import { matchHeader } from './synonyms';

/** A sheet that is a list of something other than devices; importing it would make each row an asset. */
export interface SheetKind {
  kind: 'signals' | 'cables' | 'users' | 'revisions';
  /** "an I/O or signal list", for "This sheet looks like …". */
  label: string;
  /** The headers that say so, as in the file. */
  evidence: string[];
}

/** Header words of each kind of list, normalised as headers are. Data: extend freely. */
const KINDS: readonly { kind: SheetKind['kind']; label: string; words: readonly string[] }[] = [
  {
    kind: 'signals',
    label: 'an I/O or signal list',
    words: [
      'signal', 'signal name', 'signal type', 'signal description', 'io type', 'i o', 'i o type', 'io', 'channel', 'data type', 'datatype',
      'plc address', 'io address', 'address', 'eng units', 'engineering units', 'unit', 'units', 'range', 'range min', 'range max',
      'alarm', 'alarm high', 'alarm low', 'di', 'do', 'ai', 'ao', 'tag type', 'scaling', 'signalname', 'kanal', 'datentyp', 'adresse',
      'einheit', 'messbereich', 'signaltyp', 'voie', 'type de signal', 'unité', 'plage', 'canal', 'tipo de señal', 'unidad', 'rango',
      '信号', '信号名称', '通道', '数据类型', '地址', '单位', '量程', '信号名', 'チャンネル', 'データ型', 'アドレス', '単位', 'レンジ',
    ],
  },
  {
    kind: 'cables',
    label: 'a cable list',
    words: [
      'cable', 'cable no', 'cable number', 'cable id', 'cable type', 'from', 'to', 'from device', 'to device', 'source', 'destination',
      'core', 'cores', 'length', 'cross section', 'conductor', 'kabel', 'kabelnummer', 'kabeltyp', 'von', 'nach', 'ader', 'adern',
      'länge', 'querschnitt', 'câble', 'de', 'vers', 'longueur', 'section', 'desde', 'hasta', 'longitud', '电缆', '电缆编号', '起点', '终点', '长度', 'ケーブル', '長さ',
    ],
  },
  {
    kind: 'users',
    label: 'a list of user accounts',
    words: [
      'user', 'username', 'user name', 'login', 'account', 'account name', 'email', 'e mail', 'first name', 'last name', 'surname',
      'role', 'group', 'groups', 'last logon', 'last login', 'password last set', 'enabled', 'benutzer', 'benutzername', 'anmeldename',
      'vorname', 'nachname', 'rolle', 'gruppe', 'utilisateur', 'identifiant', 'prénom', 'nom de famille', 'rôle', 'groupe', 'usuario',
      'apellido', 'rol', 'grupo', '用户', '用户名', '账号', '角色', 'ユーザー', 'ユーザー名', 'アカウント', 'ロール',
    ],
  },
  {
    kind: 'revisions',
    label: 'a revision log',
    words: [
      'rev', 'revision', 'rev no', 'version', 'date', 'author', 'changed by', 'approved by', 'reviewed by', 'change', 'changes',
      'change description', 'description of change', 'reason for change', 'änderung', 'geändert von', 'freigabe', 'autor', 'datum',
      'modification', 'auteur', 'approuvé par', 'cambio', 'aprobado por', '修订', '修改', '日期', '作者', '改訂', '変更内容', '日付', '作成者',
    ],
  },
];
const WORDS = KINDS.map((k) => ({ ...k, words: new Set(k.words.map(normalizeHeader)) }));

/** Headers a device list has; a sheet with several of these is an inventory whatever else it holds. */
const DEVICE_FIELDS = new Set(['ipAddresses', 'macAddresses', 'vendor', 'model', 'serialNumber', 'firmware', 'hostname', 'os']);

/**
 * What the sheet's headers say it is, when that is not a list of devices: at least three headers of one kind of
 * list, more of them than headers of device fields (a register with a "Date" and a "Role" column stays a register).
 */
export function sheetKind(headers: readonly string[]): SheetKind | null {
  const named = headers.filter((h) => h.trim() !== '');
  const deviceHeaders = named.filter((h) => matchHeader(h).some((m) => m.score >= 0.75 && DEVICE_FIELDS.has(m.field))).length;
  let best: SheetKind | null = null;
  for (const { kind, label, words } of WORDS) {
    const evidence = named.filter((h) => words.has(normalizeHeader(h)));
    if (evidence.length >= 3 && evidence.length > deviceHeaders && (!best || evidence.length > best.evidence.length)) best = { kind, label, evidence };
  }
  return best;
}
