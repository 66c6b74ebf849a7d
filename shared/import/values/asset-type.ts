import type { AssetType } from '../../assets/taxonomy';
import { PhraseTable } from './lookup';

/**
 * What a type or category column says, per asset type (English, German, French, Spanish, Italian,
 * Korean, and the vendors' own words). Data: extend freely. The longest phrase found wins, so
 * "Remote Access Router" is a VPN gateway and "Safety PLC" a safety controller.
 */
export const ASSET_TYPE_WORDS: Record<AssetType, readonly string[]> = {
  plc: ['plc', 'sps', 'cpu', 'controller', 'steuerung', 'automate', 'automate programmable', 'automata', 'autómata', 'controlador', 'controllore', 'plc cpu', '피엘씨'],
  pac: ['pac', 'programmable automation controller'],
  rtu: ['rtu', 'remote terminal unit', 'fernwirkstation', 'fernwirkunterstation', 'telecontrol'],
  ied: ['ied', 'protection relay', 'relay', 'schutzgerat', 'schutzrelais', 'relais de protection', 'rele de proteccion', 'rele di protezione', 'intelligent electronic device'],
  'safety-controller': ['safety controller', 'safety plc', 'sis', 'esd', 'f cpu', 'sicherheitssteuerung', 'automate de securite', 'plc de seguridad', 'plc di sicurezza'],
  'dcs-controller': ['dcs', 'dcs controller', 'process controller', 'prozessleitsystem', 'pls'],
  'field-io': ['field io', 'remote io', 'remote i o', 'i o', 'io module', 'io link', 'io link master', 'periferia', 'periferia descentralizada', 'periferica', 'dezentrale peripherie', 'peripherie', 'e a', 'entradas salidas', 'entrees sorties', 'et200', 'coupler', 'buskoppler'],
  drive: ['drive', 'vfd', 'variable frequency drive', 'inverter', 'frequency converter', 'variador', 'variador de frecuencia', 'convertidor', 'umrichter', 'frequenzumrichter', 'antrieb', 'variateur', 'variateur de vitesse', 'azionamento', 'servo', 'servo drive', '인버터'],
  'field-device': ['field device', 'sensor', 'actuator', 'transmitter', 'instrument', 'valve', 'feldgerat', 'sensore', 'attuatore', 'capteur', 'actionneur', 'actuador', 'instrumento', 'neumatica', 'valve island', '센서'],
  hmi: ['hmi', 'panel', 'operator panel', 'touch panel', 'pantalla', 'panel de operador', 'bediengerat', 'bedienpanel', 'bedienterminal', 'ihm', 'pupitre', 'terminal de dialogue', 'pannello operatore', 'terminale operatore', 'scada client', 'operator station', 'operator workstation', '터치패널'],
  ews: ['ews', 'engineering workstation', 'engineering station', 'engineering pc', 'workstation', 'pc', 'simatic pc', 'industrial pc', 'ipc', 'estacion de ingenieria', 'pc industrial', 'industrie pc', 'station d ingenierie', 'postazione di ingegneria', 'pc industriale'],
  'control-server': ['control server', 'scada', 'scada server', 'dcs server', 'wincc server', 'servidor scada', 'leitrechner', 'serveur scada', 'server scada'],
  historian: ['historian', 'data historian', 'historiador', 'historique', 'storico', 'archive server', '히스토리안'],
  'application-server': ['application server', 'app server', 'web application', 'mes', 'opc server', 'opc ua server', 'servidor de aplicaciones', 'anwendungsserver', 'serveur d application', 'application'],
  'data-gateway': ['gateway', 'data gateway', 'protocol converter', 'protocol gateway', 'adapter', 'adaptador', 'adaptateur', 'adattatore', 'konverter', 'converter', 'passerelle', 'pasarela', '게이트웨이'],
  'jump-host': ['jump host', 'jump server', 'jumphost', 'bastion', 'bastion host', 'sprungserver'],
  'vpn-server': ['vpn', 'vpn gateway', 'vpn server', 'vpn router', 'remote access', 'remote access gateway', 'remote access router', 'remote maintenance', 'fernwartung', 'acceso remoto', 'accesso remoto', 'teleassistance', 'site manager', 'sitemanager'],
  firewall: ['firewall', 'fw', 'cortafuegos', 'pare feu', 'utm', 'security appliance', 'ngfw', '방화벽'],
  router: ['router', 'enrutador', 'routeur', 'cellular router', '4g router', 'lte router', 'modem', '라우터'],
  switch: ['switch', 'network switch', 'managed switch', 'unmanaged switch', 'ethernet switch', 'commutateur', 'conmutador', 'switch gestionado', 'switch gestito', '스위치'],
  'wireless-ap': ['access point', 'wireless access point', 'wap', 'wlan', 'wifi', 'wi fi', 'wireless', 'punto de acceso', 'point d acces', 'punto di accesso'],
  'it-server': ['server', 'servidor', 'serveur', 'cloud server', 'virtual server', 'vm host', 'hypervisor', 'esxi', 'nas', 'file server', 'domain controller', 'backup server', '서버'],
  'it-workstation': ['it workstation', 'office pc', 'desktop', 'laptop', 'notebook', 'endpoint', 'client', 'thin client', 'portatil', 'sobremesa', 'ordinateur', 'portatile', '노트북', '데스크톱'],
  printer: ['printer', 'impresora', 'drucker', 'imprimante', 'stampante', 'label printer', '프린터'],
  'camera-iot': ['camera', 'ip camera', 'cctv', 'iot', 'iot device', 'kamera', 'camara', 'telecamera', 'camera ip', '카메라'],
  other: ['other', 'others', 'otros', 'otro', 'sonstige', 'sonstiges', 'andere', 'autre', 'autres', 'altro', 'altri', 'misc', 'miscellaneous', '기타'],
};

/** Two-letter codes that would match inside other words; only a whole cell counts. */
const ASSET_TYPE_CODES: Partial<Record<AssetType, readonly string[]>> = {
  'wireless-ap': ['ap'],
  'field-io': ['io', 'e/a'],
};

export const assetTypeTable = new PhraseTable<AssetType>(ASSET_TYPE_WORDS, ASSET_TYPE_CODES);
