import type { AssetField } from '../assets/asset';
import { normalizeHeader } from './normalize-header';
import { containsWords } from './normalize-text';
import { MORE_HEADER_TERMS, MORE_OTHER_ATTRIBUTE_HEADERS } from './vocabulary/more-languages';

/**
 * Header words per field. `exact` must be the whole header; `words` may sit inside a longer header
 * ("Device IP address" holds "ip address") and score WORDS_FACTOR less. `score` ranks groups of
 * one field against each other (an "Asset name" column beats an "Asset ID" column for the name).
 * Written as people type them: normalizeHeader folds accents, case and punctuation on both sides.
 * Data: extend freely.
 */
export interface HeaderSynonyms {
  field: AssetField;
  score: number;
  exact: readonly string[];
  words?: readonly string[];
}

export const HEADER_SYNONYMS: readonly HeaderSynonyms[] = [
  {
    field: 'name',
    score: 1,
    exact: [
      'name', 'asset name', 'device name', 'item name', 'equipment name', 'asset', 'device', 'equipment', 'tag',
      'tag name', 'asset tag', 'device tag', 'equipment tag', 'tag number',
      'bezeichnung', 'gerätename', 'gerät', 'gerätebezeichnung', 'anlagenkennzeichen', 'betriebsmittelkennzeichen', 'bmk', 'kennzeichnung', 'name des geräts',
      'nom', "nom de l'équipement", "nom de l'actif", 'équipement', 'actif', 'appareil', 'repère',
      'nombre', 'nombre del equipo', 'nombre del activo', 'nombre del dispositivo', 'equipo', 'dispositivo', 'activo', 'etiqueta',
      'nome', 'nome dispositivo', 'nome asset', 'nome apparato', 'apparato', 'sigla',
      '자산명', '자산 이름', '장비명', '장비 이름', '이름', '태그',
    ],
    words: ['asset name', 'device name', 'equipment name', 'nombre', 'bezeichnung'],
  },
  {
    field: 'name',
    score: 0.9,
    exact: [
      'id', 'asset id', 'id asset', 'asset no', 'asset nr', 'asset number', 'device id', 'equipment id', 'identifier',
      'kks', 'anlagen id', 'id activo', 'id equipo', 'id dispositivo', 'identificativo', 'id apparato', 'numero asset',
      "id de l'actif", 'identifiant', '자산id', '자산 id', '자산번호', '장비id', '장비 id',
    ],
  },
  {
    field: 'assetType',
    score: 1,
    exact: [
      'type', 'asset type', 'device type', 'equipment type', 'category', 'categories', 'asset category', 'device category',
      'asset class', 'device class', 'role', 'device role', 'function',
      'typ', 'gerätetyp', 'geräteart', 'kategorie', 'geräteklasse', 'funktion',
      "type d'équipement", "type d'appareil", "type d'actif", 'catégorie', 'fonction',
      'tipo', 'tipo de equipo', 'tipo de activo', 'tipo de dispositivo', 'categoría', 'categorías', 'función',
      'tipo device', 'tipo dispositivo', 'tipo di dispositivo', 'tipo asset', 'tipologia', 'categoria', 'categorie',
      '유형', '자산유형', '자산 유형', '장비유형', '장비 유형', '종류', '분류',
    ],
    words: ['asset type', 'device type', 'equipment type', 'gerätetyp', 'tipo device', 'tipo dispositivo'],
  },
  {
    field: 'vendor',
    score: 1,
    exact: [
      'vendor', 'manufacturer', 'maker', 'make', 'brand', 'oem', 'hersteller', 'fabricant', 'marque', 'constructeur',
      'fabricante', 'marca', 'produttore', 'costruttore', '제조사', '제조업체', '벤더', '메이커',
    ],
    words: ['vendor', 'manufacturer', 'hersteller', 'fabricant', 'fabricante', 'produttore'],
  },
  {
    field: 'model',
    score: 1,
    exact: [
      'model', 'model name', 'product', 'product name', 'modell', 'typbezeichnung', 'produkt', 'modèle', 'produit',
      'modelo', 'producto', 'modello', 'prodotto', '모델', '모델명', '형식', '제품명',
    ],
    words: ['model', 'modell', 'modèle', 'modelo', 'modello'],
  },
  {
    field: 'model',
    score: 0.6,
    // Order numbers name a model too, but less readably: used only when no model column exists.
    exact: [
      'model number', 'model no', 'article number', 'article no', 'order number', 'order no', 'part number', 'part no',
      'product code', 'catalog number', 'catalogue number', 'mlfb', 'bestellnummer', 'artikelnummer', 'référence',
      'référence commerciale', 'referencia', 'número de pieza', 'codice articolo', 'numero articolo', '품번',
    ],
  },
  {
    field: 'firmware',
    score: 1,
    exact: [
      'firmware', 'firmware version', 'fw', 'fw version', 'version', 'software version', 'sw version', 'revision', 'rev',
      'firmwareversion', 'firmware stand', 'versión', 'versión de firmware', 'versione', 'versione firmware',
      'version du firmware', 'micrologiciel', '펌웨어', '펌웨어 버전', '버전',
    ],
    words: ['firmware', 'version', 'versión', 'versione'],
  },
  {
    field: 'os',
    score: 1,
    exact: [
      'os', 'operating system', 'os version', 'platform', 'betriebssystem', "système d'exploitation", 'sistema operativo',
      '운영체제', 'os 버전',
    ],
    words: ['operating system', 'betriebssystem', 'sistema operativo'],
  },
  {
    field: 'serialNumber',
    score: 1,
    exact: [
      'serial', 'serial number', 'serial no', 'serial nr', 's n', 'sn', 'seriennummer', 'serien nr', 'seriennr',
      'numéro de série', 'n° de série', 'nº de série', 'no de série', 'número de serie', 'n° de serie', 'nº de serie',
      'no de serie', 'serie', 'numero di serie', 'matricola', 'n° di serie', 'numero serie', 'num serie', 'n serie', 'no serie', '시리얼', '시리얼번호', '시리얼 번호', '일련번호',
    ],
    words: ['serial', 'seriennummer', 'numero de serie', 'numero di serie', 'numero serie'],
  },
  {
    field: 'ipAddresses',
    score: 1,
    exact: [
      'ip', 'ip address', 'ip addresses', 'ipv4', 'ipv4 address', 'ipv6', 'ipv6 address', 'ip addr', 'ip adresse',
      'adresse ip', 'dirección ip', 'direcciones ip', 'indirizzo ip', 'indirizzi ip', 'endereço ip', 'ip 주소', 'ip주소', '아이피',
    ],
    words: ['ip', 'ipv4', 'ipv6'],
  },
  {
    field: 'macAddresses',
    score: 1,
    exact: [
      'mac', 'mac address', 'mac addresses', 'mac adresse', 'adresse mac', 'dirección mac', 'indirizzo mac',
      'physical address', 'hardware address', 'ethernet address', 'mac 주소', 'mac주소',
    ],
    words: ['mac'],
  },
  {
    field: 'hostname',
    score: 1,
    exact: [
      'hostname', 'host name', 'host', 'dns name', 'fqdn', 'computer name', 'netbios name', 'rechnername', 'hostnamen',
      "nom d'hôte", 'nombre de host', 'nombre del host', 'nome host', '호스트명', '호스트 이름',
    ],
    words: ['hostname', 'host name'],
  },
  {
    field: 'hostname',
    score: 0.8,
    // The PROFINET device name is the name the network knows the device by.
    exact: ['profinet name', 'profinet device name', 'station name', 'network name', 'gerätename profinet'],
  },
  {
    field: 'protocols',
    score: 1,
    exact: [
      'protocol', 'protocols', 'ot protocols', 'industrial protocols', 'protokoll', 'protokolle', 'protocole', 'protocoles',
      'protocolo', 'protocolos', 'protocollo', 'protocolli', 'protocolli ot', '프로토콜',
    ],
    words: ['protocol', 'protocols', 'protokoll', 'protokolle', 'protocole', 'protocoles', 'protocolo', 'protocolos', 'protocollo', 'protocolli'],
  },
  {
    field: 'ports',
    score: 1,
    exact: [
      'port', 'ports', 'open ports', 'listening ports', 'tcp ports', 'udp ports', 'offene ports', 'ports ouverts',
      'puerto', 'puertos', 'puertos abiertos', 'porta', 'porte', 'porte aperte', 'porte aperti', '포트', '열린 포트',
    ],
    words: ['ports', 'puertos', 'porte aperte'],
  },
  {
    field: 'purdueLevel',
    score: 1,
    exact: [
      'purdue', 'purdue level', 'level', 'network level', 'isa 95 level', 'nivel', 'nivel purdue', 'livello', 'livello purdue',
      'ebene', 'purdue ebene', 'niveau', 'niveau purdue', '레벨', '퍼듀 레벨',
    ],
    words: ['purdue'],
  },
  {
    field: 'zone',
    score: 1,
    exact: [
      'zone', 'security zone', 'network zone', 'segment', 'network segment', 'zone conduit', 'sicherheitszone', 'netzwerkzone',
      'zone de sécurité', 'zona', 'zona de seguridad', 'zona di sicurezza', '구역', '보안구역', '보안 구역', '존',
    ],
    words: ['security zone', 'network zone', 'sicherheitszone', 'zona de seguridad', 'zona di sicurezza'],
  },
  {
    field: 'location',
    score: 1,
    exact: [
      'location', 'area', 'site', 'plant', 'building', 'room', 'cabinet', 'panel location', 'installation location',
      'standort', 'ort', 'bereich', 'anlage', 'werk', 'gebäude', 'raum', 'schaltschrank', 'einbauort',
      'emplacement', 'localisation', 'bâtiment', 'salle', 'armoire', 'atelier', 'usine',
      'ubicación', 'área', 'planta', 'sitio', 'edificio', 'sala', 'armario', 'localización',
      'posizione', 'ubicazione', 'sede', 'stabilimento', 'impianto', 'reparto', 'località', 'quadro',
      '위치', '공장', '설치위치', '설치 위치', '장소',
    ],
    words: ['location', 'standort', 'ubicación', 'posizione', 'emplacement'],
  },
  {
    field: 'criticality',
    score: 1,
    exact: [
      'criticality', 'criticity', 'asset criticality', 'safety criticality', 'business criticality', 'importance',
      'kritikalität', 'kritizität', 'criticité', 'criticidad', 'criticità', 'criticita', 'importancia', 'importanza',
      '중요도', '안전중요도', '안전 중요도', '자산중요도',
    ],
    words: ['criticality', 'kritikalität', 'criticité', 'criticidad', 'criticità', 'criticita', '중요도'],
  },
  {
    field: 'criticality',
    score: 0.6,
    exact: ['priority', 'priorität', 'priorité', 'prioridad', 'priorità'],
  },
  {
    field: 'owner',
    score: 1,
    exact: [
      'owner', 'asset owner', 'system owner', 'responsible', 'responsible person', 'assigned to', 'checked out to',
      'verantwortlich', 'verantwortlicher', 'eigentümer', 'besitzer', 'propriétaire', 'responsable', 'propietario',
      'dueño', 'responsabile', 'proprietario', 'referente', '소유자', '담당자', '관리자', '책임자',
    ],
    words: ['owner', 'responsable', 'responsabile', 'verantwortlich', 'propriétaire', 'propietario'],
  },
  {
    field: 'owner',
    score: 0.8,
    exact: ['custodian', 'asset custodian', 'department', 'abteilung', 'département', 'departamento', 'reparto responsabile'],
  },
  {
    field: 'lifecycle',
    score: 1,
    exact: [
      'lifecycle', 'life cycle', 'lifecycle status', 'lifecycle state', 'lifecycle phase', 'status', 'state', 'support status',
      'lebenszyklus', 'zustand', 'statut', 'état', 'cycle de vie', 'estado', 'ciclo de vida', 'stato', 'ciclo di vita',
      '상태', '수명주기', '라이프사이클',
    ],
    words: ['lifecycle', 'life cycle', 'lebenszyklus', 'cycle de vie', 'ciclo de vida', 'ciclo di vita'],
  },
  {
    field: 'remoteAccess',
    score: 1,
    exact: [
      'remote access', 'remote', 'remote connection', 'remote maintenance', 'vpn access', 'fernzugriff', 'fernwartung',
      'accès distant', 'accès à distance', 'télémaintenance', 'acceso remoto', 'accesso remoto', 'teleassistenza',
      '원격접속', '원격 접속', '원격접근', '원격 접근',
    ],
    words: ['remote access', 'fernzugriff', 'fernwartung', 'acceso remoto', 'accesso remoto'],
  },
  {
    field: 'notes',
    score: 1,
    exact: [
      'notes', 'note', 'asset notes', 'device notes', 'comments', 'comment', 'remarks', 'remark', 'description', 'bemerkung', 'bemerkungen', 'anmerkung',
      'anmerkungen', 'kommentar', 'beschreibung', 'remarques', 'remarque', 'commentaire', 'commentaires', 'observations',
      'notas', 'nota', 'observaciones', 'comentarios', 'descripción', 'osservazioni', 'commento', 'commenti', 'descrizione',
      '비고', '메모', '설명', '참고',
    ],
    words: ['notes', 'comments', 'description', 'remarks'],
  },
];

/**
 * Headers of attributes the asset model does not hold. They count as header words when finding the
 * header row, and their columns are never mapped by content (a Gateway column is full of IPs that
 * are not the device's own). Data: extend freely.
 */
export const OTHER_ATTRIBUTE_HEADERS: readonly string[] = [
  'subnet', 'subnet mask', 'netmask', 'mask', 'gateway', 'default gateway', 'dns', 'dns server', 'vlan', 'vlan id',
  'slot', 'rack', 'hardware', 'hardware version', 'hw version', 'latitude', 'longitude', 'coordinates', 'time zone',
  'date', 'purchase date', 'install date', 'warranty', 'cost', 'purchase cost', 'price', 'supplier', 'company', 'email',
  'username', 'user', 'classification', 'data classification', 'sensitivity', 'backup', 'backup type', 'image', 'photo',
  'máscara', 'máscara de subred', 'subred', 'puerta de enlace', 'latitud', 'longitud', 'fecha', 'imagen', 'mapa', 'proveedor',
  'netzmaske', 'teilnetzmaske', 'datum', 'lieferant', 'masque', 'passerelle', 'fournisseur', 'maschera', 'data', 'fornitore',
  'data rilevamento', '서브넷', '게이트웨이', '날짜',
];

const otherHeaders = new Set([...OTHER_ATTRIBUTE_HEADERS, ...MORE_OTHER_ATTRIBUTE_HEADERS].map(normalizeHeader));

export function isOtherAttributeHeader(header: string): boolean {
  return otherHeaders.has(normalizeHeader(header));
}

/** A header scores this much less when a synonym only sits inside it. */
const WORDS_FACTOR = 0.75;

const exactIndex = new Map<string, { field: AssetField; score: number }[]>();
const wordsIndex: { phrase: string; field: AssetField; score: number }[] = [];
/** The more-languages vocabulary joins each field's main group (score 1). */
const ALL_SYNONYMS: readonly HeaderSynonyms[] = [
  ...HEADER_SYNONYMS,
  ...Object.entries(MORE_HEADER_TERMS).map(([field, exact]) => ({ field: field as AssetField, score: 1, exact })),
];
for (const group of ALL_SYNONYMS) {
  for (const term of group.exact) {
    const key = normalizeHeader(term);
    exactIndex.set(key, [...(exactIndex.get(key) ?? []), { field: group.field, score: group.score }]);
  }
  for (const term of group.words ?? []) {
    wordsIndex.push({ phrase: normalizeHeader(term), field: group.field, score: group.score * WORDS_FACTOR });
  }
}

export interface HeaderMatch {
  field: AssetField;
  score: number;
}

/** The fields a header may mean, best first (one entry per field). */
export function matchHeader(header: string): HeaderMatch[] {
  const key = normalizeHeader(header);
  if (!key) return [];
  const best = new Map<AssetField, number>();
  const offer = (field: AssetField, score: number) => {
    if (score > (best.get(field) ?? 0)) best.set(field, score);
  };
  for (const hit of exactIndex.get(key) ?? []) offer(hit.field, hit.score);
  for (const w of wordsIndex) if (containsWords(key, w.phrase)) offer(w.field, w.score);
  return [...best].map(([field, score]) => ({ field, score })).sort((a, b) => b.score - a.score);
}
