import type { AssetField } from '../../assets/asset';

/**
 * Header words for Portuguese, Dutch, Polish, Swedish, Czech, Chinese (simplified and traditional) and Japanese,
 * more German and French, and the abbreviations registers use ("Mfr", "S/N", "FW ver"), per field. Matched whole
 * (after normalizeHeader folds case, accents and punctuation), at the score of the field's main group.
 *
 * Sources: the terms asset registers, CMDB exports and vendor device lists in these languages use for these columns
 * (checked against the spreadsheets of ../shared/corpus and the public registers gathered for issue 14); vendor
 * terminology where it is the usual word (Siemens "Bestellnummer", Mitsubishi "形名"). Written by the team; data,
 * extend freely.
 */
export const MORE_HEADER_TERMS: Partial<Record<AssetField, readonly string[]>> = {
  name: [
    // pt, nl, pl, sv, cs
    'nome do equipamento', 'nome do ativo', 'nome do dispositivo', 'equipamento', 'ativo', 'identificação',
    'naam', 'apparaatnaam', 'apparaat', 'objectnaam', 'tagnaam', 'benaming',
    'nazwa', 'nazwa urządzenia', 'urządzenie', 'nazwa zasobu', 'zasób', 'oznaczenie',
    'namn', 'enhetsnamn', 'enhet', 'utrustning', 'tillgång', 'benämning', 'beteckning',
    'název', 'jméno', 'zařízení', 'název zařízení', 'označení', 'aktivum',
    // zh, ja
    '名称', '设备名称', '资产名称', '设备', '资产', '位号', '名稱', '設備名稱', '資產名稱', '設備',
    '名前', '機器名', '機器名称', '装置名', '設備名', '資産名', 'タグ', 'タグ名',
    // de, fr, abbreviations
    'betriebsmittel', 'tag nummer', 'désignation', 'libellé', 'nom équipement', 'repère équipement',
    'dev name', 'device nm', 'asset nm', 'tag no', 'tag nr', 'tag #', 'equip', 'equip name', 'eqpt', 'eqpt name',
  ],
  assetType: [
    'tipo de equipamento', 'tipo de ativo', 'classe',
    'soort', 'apparaattype', 'categorie', 'klasse',
    'rodzaj', 'typ urządzenia', 'kategoria', 'klasa',
    'enhetstyp', 'kategori', 'klass',
    'druh', 'typ zařízení', 'kategorie', 'třída',
    '类型', '设备类型', '资产类型', '类别', '分类', '類型', '設備類型', '類別',
    '種類', '種別', '機器種別', '分類', 'タイプ', 'カテゴリ', 'カテゴリー',
    'art', 'komponente', 'komponententyp', 'betriebsmittelart', 'nature', 'famille', 'type équipement',
    'dev type', 'asset cat', 'cat', 'eqpt type', 'equip type',
  ],
  vendor: [
    'fabrikant', 'merk',
    'producent', 'marka', 'wytwórca',
    'tillverkare', 'fabrikat', 'märke',
    'výrobce', 'značka',
    '厂商', '厂家', '制造商', '生产厂家', '品牌', '廠商', '製造商', '廠牌',
    'メーカー', 'メーカー名', '製造元', 'ベンダー', '製造者',
    'mfr', 'mfg', 'manuf', 'manufact', 'vend', 'mfr name', 'herst',
  ],
  model: [
    'produto', 'product', 'produkt',
    '型号', '设备型号', '产品型号', '型號', '規格型號',
    '型番', '型式', '形名', '機種名', 'モデル', '製品名',
    'mdl', 'model #',
  ],
  firmware: [
    'versão', 'versão de firmware', 'versão do firmware',
    'versie', 'firmwareversie', 'softwareversie',
    'wersja', 'wersja oprogramowania', 'wersja firmware', 'oprogramowanie układowe',
    'mjukvaruversion', 'programversion',
    'verze', 'verze firmwaru', 'verze firmware', 'verze softwaru',
    '固件', '固件版本', '版本', '版本号', '软件版本', '韌體', '韌體版本', '版本號',
    'ファームウェア', 'ファームウェアバージョン', 'バージョン', 'ソフトウェアバージョン', 'fwバージョン', '版数',
    'softwarestand', 'softwareversion', 'ausgabestand', 'fw stand', 'version firmware', 'version logicielle', 'version du logiciel',
    'version micrologiciel', 'fw ver', 'sw ver', 'fw rev', 'ver', 'firmware rev', 'fw sw',
  ],
  os: [
    'sistema operacional', 'besturingssysteem', 'system operacyjny', 'operativsystem', 'operační systém',
    '操作系统', '作業系統', 'オペレーティングシステム', 'os種別',
  ],
  serialNumber: [
    'número de série', 'serienummer', 'numer seryjny', 'nr seryjny', 'sériové číslo', 'výrobní číslo',
    '序列号', '出厂编号', '序號', '序列號', '出廠編號', 'シリアル番号', 'シリアルno', '製造番号', 'シリアル', '製番',
    'fabriknummer', 'ser no', 'ser #', 'serial #', 'sn #', 'serialno', 'serial num',
  ],
  ipAddresses: [
    'ip adres', 'adres ip', 'ip adress', 'ip adresa', 'adresa ip',
    'ip地址', 'ip 地址', 'ip位址', 'ipアドレス', 'ip アドレス',
    'ipaddr', 'mgmt ip', 'management ip', 'ip mgmt',
  ],
  macAddresses: [
    'endereço mac', 'mac adres', 'adres mac', 'mac adress', 'mac adresa',
    'mac地址', '物理地址', 'mac位址', '實體位址', 'macアドレス',
    'mac addr', 'macaddr', 'hw addr',
  ],
  hostname: [
    'nome do host', 'nome de host', 'hostnaam', 'computernaam', 'nazwa hosta', 'värdnamn', 'datornamn', 'název hostitele',
    '主机名', '主机名称', '主機名稱', '计算机名', 'ホスト名', 'コンピュータ名', 'コンピューター名',
  ],
  protocols: [
    'protocollen', 'protokół', 'protokoły', 'protokol', 'protokoly',
    '协议', '通讯协议', '通信协议', '協定', '通訊協定', 'プロトコル', '通信プロトコル',
  ],
  ports: [
    'portas', 'portas abertas', 'poort', 'poorten', 'open poorten', 'porty', 'otwarte porty', 'portar', 'öppna portar', 'otevřené porty',
    '端口', '开放端口', '埠', '通訊埠', 'ポート', '開放ポート',
  ],
  purdueLevel: [
    'nível', 'nível purdue', 'purdue niveau', 'poziom', 'poziom purdue', 'nivå', 'úroveň',
    '层级', '普渡层级', '層級', 'レベル', '階層', 'パデューレベル',
  ],
  zone: [
    'zona de segurança', 'beveiligingszone', 'netwerkzone', 'strefa', 'strefa bezpieczeństwa', 'zon', 'säkerhetszon', 'zóna',
    'bezpečnostní zóna', '区域', '安全区域', '安全区', '网段', '區域', '網段', 'ゾーン', 'セキュリティゾーン', 'セグメント',
  ],
  location: [
    'localização', 'local', 'prédio', 'edifício', 'unidade',
    'locatie', 'plaats', 'gebouw', 'ruimte', 'kast', 'vestiging',
    'lokalizacja', 'miejsce', 'budynek', 'pomieszczenie', 'szafa', 'zakład',
    'plats', 'placering', 'byggnad', 'rum', 'skåp', 'anläggning',
    'umístění', 'místo', 'budova', 'místnost', 'rozvaděč', 'závod',
    '位置', '安装位置', '地点', '厂区', '车间', '机柜', '安裝位置', '地點', '廠區',
    '設置場所', '場所', '設置位置', '建屋', '工場', '盤',
    'aufstellungsort', 'lage', 'halle', 'lieu', 'local technique',
    'loc', 'bldg', 'rm', 'cab', 'site name',
  ],
  criticality: [
    'criticidade', 'importância', 'kriticiteit', 'kritikaliteit', 'krytyczność', 'ważność', 'kritikalitet', 'kritičnost', 'důležitost',
    '重要性', '关键性', '重要程度', '重要度', '關鍵性', '重要区分', 'crit',
  ],
  owner: [
    'proprietário', 'responsável', 'dono', 'eigenaar', 'verantwoordelijke', 'beheerder', 'właściciel', 'odpowiedzialny',
    'osoba odpowiedzialna', 'ägare', 'ansvarig', 'förvaltare', 'vlastník', 'odpovědná osoba', 'správce',
    '负责人', '责任人', '所有者', '管理员', '負責人', '管理員', '担当者', '管理者', '責任者', '管理部署',
  ],
  lifecycle: [
    'ciclo de vida', 'situação', 'levenscyclus', 'toestand', 'stan', 'cykl życia', 'livscykel', 'tillstånd', 'stav',
    'životní cyklus', '状态', '生命周期', '狀態', '生命週期', 'ステータス', '状態', 'ライフサイクル',
  ],
  remoteAccess: [
    'acesso remoto', 'externe toegang', 'toegang op afstand', 'zdalny dostęp', 'dostęp zdalny', 'fjärråtkomst', 'vzdálený přístup',
    '远程访问', '远程接入', '遠端存取', '遠程訪問', 'リモートアクセス', '遠隔保守',
  ],
  notes: [
    'observações', 'observação', 'comentários', 'descrição',
    'opmerkingen', 'opmerking', 'omschrijving', 'beschrijving', 'notities',
    'uwagi', 'uwaga', 'opis', 'komentarz',
    'anmärkning', 'kommentar', 'beskrivning', 'noteringar',
    'poznámka', 'poznámky', 'popis', 'komentář',
    '备注', '说明', '描述', '備註', '說明', '備考', '説明', 'コメント', 'メモ',
    'desc', 'rmk', 'rmks', 'cmt',
  ],
};

/** Headers of attributes the asset model does not hold, in these languages: never mapped by content. */
export const MORE_OTHER_ATTRIBUTE_HEADERS: readonly string[] = [
  'service date', 'last service', 'last maintenance', 'maintenance date', 'commissioning date', 'install date', 'installation date',
  'end of support', 'eos date', 'warranty end', 'order date', 'po number',
  'inbetriebnahme', 'baujahr', 'wartung', 'letzte wartung', 'date de mise en service', 'date de maintenance',
  'máscara de rede', 'data de instalação', 'subnetmasker', 'maska podsieci', 'nätmask', 'maska podsítě',
  '子网掩码', '网关', '子網路遮罩', '閘道', 'サブネットマスク', 'ゲートウェイ', '導入日', '設置日', '安装日期',
];
