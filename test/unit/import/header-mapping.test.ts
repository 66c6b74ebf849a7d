import { describe, expect, it } from 'vitest';
import { analyseSheet, columnLetter, matchHeader, normalizeHeader, proposeSheet, type Cell } from '../../../shared/import';
import { detectHeaderRow } from '../../../shared/import/detect-header';
import { sniffColumn } from '../../../shared/import/sniff-content';

describe('normalizeHeader', () => {
  it.each([
    ['\uFEFFCompany', 'company'],
    ['IP_Address', 'ip address'],
    ['  MAC-Address ', 'mac address'],
    ['Firmware/Version', 'firmware version'],
    ['SerialNumber', 'serial number'],
    ['IPAddress', 'ip address'],
    ['IPv4', 'ipv4'],
    ['Voltage (V)', 'voltage'],
    ['Address [IP]', 'address'],
    ['(IP)', 'ip'],
    ['Dirección IP', 'direccion ip'],
    ['Criticità', 'criticita'],
    ['Gerätetyp', 'geratetyp'],
    ['N° de série', 'n de serie'],
    ['자산id', '자산id'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 4, 25, 26, 27, 51, 701, 702].map(columnLetter)).toEqual(['A', 'E', 'Z', 'AA', 'AB', 'AZ', 'ZZ', 'AAA']);
  });
});

describe('header synonyms', () => {
  const field = (header: string) => matchHeader(header)[0]?.field ?? null;
  it.each([
    // name
    ['Device', 'name'], ['Tag', 'name'], ['Name', 'name'], ['Asset Name', 'name'], ['ID Asset', 'name'], ['Asset ID', 'name'],
    ['Bezeichnung', 'name'], ['Nom', 'name'], ['Nombre', 'name'], ['Nome', 'name'], ['자산id', 'name'], ['Asset', 'name'],
    // vendor
    ['Fabricante', 'vendor'], ['Hersteller', 'vendor'], ['Fabricant', 'vendor'], ['Produttore', 'vendor'], ['Vendor', 'vendor'], ['Manufacturer', 'vendor'], ['제조사', 'vendor'],
    // type
    ['Categoria', 'assetType'], ['Tipo Device', 'assetType'], ['Device_Type', 'assetType'], ['Gerätetyp', 'assetType'], ['Type', 'assetType'], ['Tipo', 'assetType'], ['Catégorie', 'assetType'],
    // addresses
    ['IP_Address', 'ipAddresses'], ['IP', 'ipAddresses'], ['Adresse IP', 'ipAddresses'], ['Dirección IP', 'ipAddresses'], ['Indirizzo IP', 'ipAddresses'], ['IP-Adresse', 'ipAddresses'],
    ['MAC_Address', 'macAddresses'], ['MAC', 'macAddresses'], ['Adresse MAC', 'macAddresses'],
    // identifiers
    ['Serial_Number', 'serialNumber'], ['Seriennummer', 'serialNumber'], ['N° de série', 'serialNumber'], ['Número de serie', 'serialNumber'], ['Serial', 'serialNumber'], ['S/N', 'serialNumber'],
    ['Firmware', 'firmware'], ['Firmware/Version', 'firmware'], ['Versión', 'firmware'], ['Versione', 'firmware'], ['펌웨어', 'firmware'],
    ['Modello', 'model'], ['Modelo', 'model'], ['Modell', 'model'], ['Modèle', 'model'], ['Article_Number', 'model'], ['모델', 'model'],
    // network
    ['Porte Aperte', 'ports'], ['Ports', 'ports'], ['Puertos', 'ports'],
    ['Protocolli OT', 'protocols'], ['Protocols', 'protocols'], ['Protocolos', 'protocols'],
    ['Hostname', 'hostname'], ['Nombre de host', 'hostname'], ["Nom d'hôte", 'hostname'],
    // placement
    ['Security Zone', 'zone'], ['Zona', 'zone'], ['Zone', 'zone'], ['구역', 'zone'],
    ['Area', 'location'], ['Location', 'location'], ['Standort', 'location'], ['Ubicación', 'location'], ['Posizione', 'location'], ['Emplacement', 'location'], ['공장', 'location'],
    ['Purdue', 'purdueLevel'], ['Level', 'purdueLevel'], ['Nivel', 'purdueLevel'], ['Purdue Level (L0-L5)', 'purdueLevel'],
    // assessment
    ['Criticita', 'criticality'], ['Criticidad', 'criticality'], ['Kritikalität', 'criticality'], ['Criticité', 'criticality'], ['Criticality', 'criticality'],
    ['Safety criticality', 'criticality'], ['안전중요도', 'criticality'],
    ['Status', 'lifecycle'], ['Estado', 'lifecycle'], ['Lifecycle', 'lifecycle'], ['Lebenszyklus', 'lifecycle'], ['수명주기', 'lifecycle'],
    ['Owner', 'owner'], ['Responsable', 'owner'], ['Verantwortlich', 'owner'], ['Propriétaire', 'owner'],
    ['OS', 'os'], ['Operating System', 'os'], ['Betriebssystem', 'os'], ['Sistema operativo', 'os'],
    ['Remote access', 'remoteAccess'], ['Fernzugriff', 'remoteAccess'], ['Acceso remoto', 'remoteAccess'], ['Accesso remoto', 'remoteAccess'],
    ['Note', 'notes'], ['Notas', 'notes'], ['Notes', 'notes'], ['Bemerkung', 'notes'], ['Remarques', 'notes'], ['비고', 'notes'],
    // inside longer headers, units ignored
    ['Device IP address', 'ipAddresses'], ['Asset criticality (1-4)', 'criticality'], ['Remote access?', 'remoteAccess'],
    // nothing
    ['Latitud_Grados', null], ['Sensitivity', null], ['Risk Level', null], ['Storage type', null], ['Username', null], ['', null],
  ])('%j → %s', (header, expected) => {
    expect(field(header)).toBe(expected);
  });

  it('scores an ID below a name and an article number below a model', () => {
    expect(matchHeader('Asset ID')).toEqual([{ field: 'name', score: 0.9 }]);
    expect(matchHeader('Asset Name')[0]).toEqual({ field: 'name', score: 1 });
    expect(matchHeader('Article_Number')).toEqual([{ field: 'model', score: 0.6 }]);
    expect(matchHeader('Model')).toEqual([{ field: 'model', score: 1 }]);
  });
});

describe('header row detection', () => {
  it('skips title rows, empty rows and group headers', () => {
    const rows: Cell[][] = [
      ['Plant inventory 2024', null, null, null],
      [null, null, null, null],
      ['Identification', null, 'Network', null],
      ['Tag', 'Type', 'IP address', 'MAC'],
      ['PLC-01', 'PLC', '10.0.0.1', '00:1b:1b:00:00:01'],
    ];
    expect(detectHeaderRow(rows)).toBe(3);
  });

  it('prefers a header row of unknown words over data rows full of numbers and addresses', () => {
    const rows: Cell[][] = [
      ['Etikett', 'Wert', 'Anschluss'],
      ['A1', 12, '10.0.0.1'],
      ['A2', 13, '10.0.0.2'],
    ];
    expect(detectHeaderRow(rows)).toBe(0);
  });

  it('falls back to the first filled row and copes with an empty sheet', () => {
    expect(detectHeaderRow([])).toBe(0);
    expect(detectHeaderRow([[null], [null, 12]])).toBe(1);
  });

  it('uses the header row it is given', () => {
    const grid = { name: 'S', rows: [['a', 'b'], ['Device', 'IP'], ['PLC-1', '10.0.0.1']] as Cell[][] };
    const analysis = analyseSheet(grid, { headerRowIndex: 0 });
    expect(analysis.headerRowIndex).toBe(0);
    expect(analysis.columns.map((c) => c.header)).toEqual(['a', 'b']);
    expect(analysis.dataRowCount).toBe(2);
    expect(analyseSheet(grid).headerRowIndex).toBe(1);
  });
});

describe('column mapping', () => {
  it('maps by content when the header says nothing', () => {
    const grid = {
      name: 'scan',
      rows: [
        ['Device', 'Col2', '', 'Col4', 'Col5'],
        ['plc-1', '10.0.0.1', '00:1B:1B:00:00:01', 'v1.2.3', 'Siemens AG'],
        ['plc-2', '10.0.0.2', '00:1B:1B:00:00:02', 'V04.06.00_00.00.00.00', 'Rockwell Automation'],
        ['plc-3', '10.0.0.3', '00:1B:1B:00:00:03', 'Rev 2.9', 'Omron Corporation'],
      ] as Cell[][],
    };
    const analysis = analyseSheet(grid);
    expect(analysis.columns.map((c) => c.proposed)).toEqual([
      { field: 'name', by: 'header', score: 1 },
      { field: 'ipAddresses', by: 'content', score: 0.5 },
      { field: 'macAddresses', by: 'content', score: 0.5 },
      { field: 'firmware', by: 'content', score: 0.5 },
      { field: 'vendor', by: 'content', score: 0.5 },
    ]);
    expect(analysis.mapping).toEqual({ 0: 'name', 1: 'ipAddresses', 2: 'macAddresses', 3: 'firmware', 4: 'vendor' });
  });

  it('gives each field to one column: the best match wins, the header beats content', () => {
    const grid = {
      name: 'S',
      rows: [
        ['Asset ID', 'Asset Name', 'IP', 'Gateway', 'Other IPs', 'Type', 'Category'],
        ['A1', 'Pump PLC', '10.0.0.1', '10.0.0.254', '10.0.1.1', 'Siemens CPU 1214C', 'PLC'],
        ['A2', 'Panel', '10.0.0.2', '10.0.0.254', '10.0.1.2', 'KTP700 Basic', 'HMI'],
      ] as Cell[][],
    };
    const { mapping } = analyseSheet(grid);
    // Type holds product names, Category holds type words: the values decide between the two headers.
    expect(mapping).toEqual({ 1: 'name', 2: 'ipAddresses', 6: 'assetType' });
  });

  it('samples up to five distinct values as text and counts data rows', () => {
    const rows: Cell[][] = [['Name', 'Port'], ...Array.from({ length: 8 }, (_, i): Cell[] => [`n${i % 6}`, 500 + i]), [null, null], ['last', null]];
    const analysis = analyseSheet({ name: 'S', rows });
    expect(analysis.columns[0]?.samples).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(analysis.columns[1]?.samples).toEqual(['500', '501', '502', '503', '504']);
    expect(analysis.dataRowCount).toBe(9);
  });

  it('does not crash on a duplicated header and keeps the text verbatim', () => {
    const analysis = analyseSheet({ name: 'S', rows: [[' Owner ', 'Owner', 'Name'], ['a', 'b', 'c']] });
    expect(analysis.columns.map((c) => c.header)).toEqual([' Owner ', 'Owner', 'Name']);
    expect(analysis.mapping).toEqual({ 0: 'owner', 2: 'name' });
  });
});

describe('content sniffing', () => {
  it('needs most values to agree and ignores netmasks', () => {
    expect(sniffColumn(['10.0.0.1', '10.0.0.2', 'n/a value'])?.field).toBe('ipAddresses');
    expect(sniffColumn(['10.0.0.1', 'x', 'y'])).toBeNull();
    expect(sniffColumn(['255.255.255.0', '255.255.255.0'])).toBeNull();
    expect(sniffColumn(['133289.59', '763.46'])).toBeNull();
    expect(sniffColumn([])).toBeNull();
  });

  it('takes version strings for firmware but never service dates written with dots or slashes', () => {
    expect(sniffColumn(['V2.9.4', '17.00.00.05_02.01', 'v4.1'])?.field).toBe('firmware');
    expect(sniffColumn(['14.03.2026', '02.11.2025', '20.01.2026'])).toBeNull();
    expect(sniffColumn(['2026.03.14', '3/14/2026', '2025-11-02'])).toBeNull();
  });
});

describe('headers in thirteen languages and common abbreviations', () => {
  const field = (header: string) => matchHeader(header)[0]?.field;
  it.each([
    // Portuguese, Dutch, Polish, Swedish, Czech
    ['pt', { 'Nome do equipamento': 'name', Fabricante: 'vendor', 'Versão do firmware': 'firmware', 'Número de série': 'serialNumber', Localização: 'location', Observações: 'notes', Criticidade: 'criticality' }],
    ['nl', { Apparaatnaam: 'name', Fabrikant: 'vendor', Firmwareversie: 'firmware', Serienummer: 'serialNumber', 'IP-adres': 'ipAddresses', Locatie: 'location', Opmerkingen: 'notes' }],
    ['pl', { 'Nazwa urządzenia': 'name', Producent: 'vendor', 'Wersja oprogramowania': 'firmware', 'Numer seryjny': 'serialNumber', 'Adres IP': 'ipAddresses', Lokalizacja: 'location', Uwagi: 'notes' }],
    ['sv', { Enhetsnamn: 'name', Tillverkare: 'vendor', Serienummer: 'serialNumber', 'IP-adress': 'ipAddresses', Placering: 'location', Anmärkning: 'notes', Ägare: 'owner' }],
    ['cs', { 'Název zařízení': 'name', Výrobce: 'vendor', 'Verze firmwaru': 'firmware', 'Sériové číslo': 'serialNumber', 'IP adresa': 'ipAddresses', Umístění: 'location', Poznámka: 'notes' }],
    // Chinese (simplified and traditional), Japanese
    ['zh', { 设备名称: 'name', 厂商: 'vendor', 型号: 'model', 固件版本: 'firmware', 序列号: 'serialNumber', IP地址: 'ipAddresses', MAC地址: 'macAddresses', 安装位置: 'location', 备注: 'notes' }],
    ['zh-Hant', { 設備名稱: 'name', 製造商: 'vendor', 型號: 'model', 韌體版本: 'firmware', 序號: 'serialNumber', 備註: 'notes' }],
    ['ja', { 機器名: 'name', メーカー: 'vendor', 型番: 'model', ファームウェア: 'firmware', シリアル番号: 'serialNumber', IPアドレス: 'ipAddresses', 設置場所: 'location', 備考: 'notes' }],
    // German and French words the first vocabulary missed, and abbreviations
    ['de', { Softwarestand: 'firmware', Komponente: 'assetType', Aufstellungsort: 'location', Fabriknummer: 'serialNumber' }],
    ['fr', { 'Version logicielle': 'firmware', Désignation: 'name', Famille: 'assetType', Lieu: 'location' }],
    ['abbreviations', { Mfr: 'vendor', 'Mfg.': 'vendor', 'S/N': 'serialNumber', 'Serial #': 'serialNumber', 'FW ver': 'firmware', 'IP addr': 'ipAddresses', Loc: 'location', Desc: 'notes', Crit: 'criticality', 'Dev type': 'assetType' }],
  ] as const)('%s', (_language, expected) => {
    expect(Object.fromEntries(Object.keys(expected).map((h) => [h, field(h)]))).toEqual(expected);
  });

  it('never maps a service or commissioning date column by its content', () => {
    const rows: Cell[][] = [
      ['Tag', 'Last service', 'Inbetriebnahme'],
      ['P-101', '14.03.2026', '2.1.12'],
      ['P-102', '02.11.2025', '2.1.13'],
    ];
    const analysis = analyseSheet({ name: 'S', rows });
    expect(analysis.mapping[1]).toBeUndefined();
    expect(analysis.mapping[2]).toBeUndefined();
  });
});

describe('sheet proposal', () => {
  it('handles an empty workbook and ties go to the earlier sheet', () => {
    expect(proposeSheet({ fileName: 'x.xlsx', kind: 'xlsx', sheets: [] })).toEqual({ sheet: '', scores: {} });
    const same = [['Name', 'IP'], ['a', '10.0.0.1']] as Cell[][];
    const result = proposeSheet({ fileName: 'x.xlsx', kind: 'xlsx', sheets: [{ name: 'First', rows: same }, { name: 'Second', rows: same }] });
    expect(result.sheet).toBe('First');
    expect(result.scores.First).toBe(result.scores.Second);
  });

  it('prefers a sheet of devices over a longer list of findings', () => {
    const devices: Cell[][] = [['Tag', 'IP', 'Vendor'], ['PLC-1', '10.0.0.1', 'Siemens'], ['HMI-1', '10.0.0.2', 'Siemens']];
    const findings: Cell[][] = [['Finding', 'Title', 'Severity'], ...Array.from({ length: 300 }, (_, i): Cell[] => [`F-${i}`, 'Telnet enabled', 'High'])];
    expect(proposeSheet({ fileName: 'x.xlsx', kind: 'xlsx', sheets: [{ name: 'Findings', rows: findings }, { name: 'Devices', rows: devices }] }).sheet).toBe('Devices');
  });
});

describe('a name when no header says name', () => {
  const sheet = (rows: Cell[][]) => analyseSheet({ name: 'S', rows });

  it('proposes the tag-like column that tells every row apart, passing over row numbers and descriptions', () => {
    const rows: Cell[][] = [
      ['#', 'Loop', 'Descr', 'Manufacturer'],
      [1, 'PT-101', 'Pressure at the inlet of pump one', 'Kestrel'],
      [2, 'PT-102', 'Pressure at the outlet of pump one', 'Kestrel'],
      [3, 'FT-201', 'Flow into the clarifier basin', 'Corvid'],
      [4, 'LT-301', 'Level of the treated water tank', 'Corvid'],
    ];
    const analysis = sheet(rows);
    expect(analysis.mapping[1]).toBe('name');
    expect(analysis.columns[1]?.proposed).toMatchObject({ field: 'name', by: 'content' });
    expect(analysis.mapping[0]).toBeUndefined();
    expect(analysis.mapping[2]).not.toBe('name');
  });

  it('never proposes a column of passwords, unique and tag-like as they are', () => {
    const rows: Cell[][] = [
      ['Admin pwd', 'Manufacturer'],
      ['Xk9-22a', 'Kestrel'],
      ['Pq7-31b', 'Kestrel'],
      ['Zt4-90c', 'Corvid'],
    ];
    expect(Object.values(sheet(rows).mapping)).not.toContain('name');
  });

  it('proposes nothing for the name when no column is filled, unique and tag-like', () => {
    const rows: Cell[][] = [
      ['Kind', 'Manufacturer'],
      ['Pump', 'Kestrel'],
      ['Pump', 'Kestrel'],
      ['Valve', 'Corvid'],
    ];
    expect(Object.values(sheet(rows).mapping)).not.toContain('name');
  });
});
