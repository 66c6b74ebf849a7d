import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../electron/main/import/read-xlsx';

/** Workbooks written the way other tools write them: prefixed namespaces, relationships, rich and phonetic text. */
const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const WORKBOOK = `<?xml version="1.0"?><x:workbook ${NS}><x:workbookPr date1904="true"/><x:sheets>
  <x:sheet name="R&amp;D" sheetId="1" r:id="rId1"/><x:sheet name="Chart" sheetId="2" r:id="rId2"/><x:sheet name="Gone" sheetId="3" r:id="rId3"/>
  <x:sheet name="Plain" sheetId="4" r:id="rId6"/></x:sheets></x:workbook>`;

const RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="${REL}/worksheet" Target="./worksheets/../worksheets/data.xml"/>
  <Relationship Id="rId2" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>
  <Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/missing.xml"/>
  <Relationship Id="rId4" Type="${REL}/sharedStrings" Target="strings.xml"/>
  <Relationship Id="rId5" Type="${REL}/styles" Target="/xl/custom-styles.xml"/>
  <Relationship Id="rId6" Type="${REL}/worksheet" Target="/xl/worksheets/plain.xml"/></Relationships>`;

const STRINGS = `<?xml version="1.0"?><x:sst ${NS}>
  <x:si><x:t xml:space="preserve"> spaced &amp; kept </x:t></x:si>
  <x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Rich</x:t></x:r><x:r><x:t xml:space="preserve"> text</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ふりがな</x:t></x:rPh></x:si>
  <x:si><x:t>line_x000D_&#10;two</x:t></x:si>
  <x:si/></x:sst>`;

const STYLES = `<?xml version="1.0"?><x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></x:numFmts>
  <x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/><x:xf numFmtId="4"/></x:cellXfs></x:styleSheet>`;

const SHEET = `<?xml version="1.0"?>
<x:worksheet ${NS}>
  <!-- <x:row r="9"><x:c r="A9"><x:v>1</x:v></x:c></x:row> -->
  <x:sheetData>
    <x:row r="1">
      <x:c r="A1" t="s"><x:v>0</x:v></x:c>
      <x:c t="s"><x:v>1</x:v></x:c>
      <x:c t="s"><x:v>2</x:v></x:c>
      <x:c t="s"><x:v>3</x:v></x:c>
      <x:c r="E1" t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line</x:t></x:r><x:rPh><x:t>ph</x:t></x:rPh></x:is></x:c>
    </x:row>
    <x:row>
      <x:c r="A2" s="1"><x:v>1000</x:v></x:c>
      <x:c r="B2" s="2"><x:v>0</x:v></x:c>
      <x:c r="C2" s="3"><x:v>1000</x:v></x:c>
      <x:c r="D2" t="d"><x:v>2021-04-12T10:30:00</x:v></x:c>
      <x:c r="E2" t="b"><x:v>0</x:v></x:c>
      <x:c r="F2" t="e"><x:v>#DIV/0!</x:v></x:c>
      <x:c r="G2" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>
      <x:c r="H2" t="str"><x:f>A1</x:f><x:v>a &lt; b</x:v></x:c>
      <x:c r="I2" t="b"><x:f>TRUE()</x:f><x:v>1</x:v></x:c>
      <x:c r='J2' s='0'><x:v>-1.5E+3</x:v></x:c>
    </x:row>
    <x:row r="4" spans="1:2"/>
    <x:row r="5"><x:c r="C5" s="3"/><x:c r="B5"><x:v>12</x:v></x:c></x:row>
    <x:row r="7"><x:c r="A7" s="3"/></x:row>
  </x:sheetData>
  <x:rowBreaks count="1"><x:brk id="3"/></x:rowBreaks>
</x:worksheet>`;

const PLAIN = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="C1"><v>3</v></c></row></sheetData></worksheet>`;

const encode = (text: string) => new TextEncoder().encode(text);

function workbook(sheet = SHEET, level: 0 | 6 = 6): Uint8Array {
  return zipSync(
    {
      'xl/workbook.xml': encode(WORKBOOK),
      'xl/_rels/workbook.xml.rels': encode(RELS),
      'xl/strings.xml': encode(STRINGS),
      'xl/custom-styles.xml': encode(STYLES),
      'xl/worksheets/data.xml': encode(sheet),
      'xl/worksheets/plain.xml': encode(PLAIN),
      'xl/chartsheets/sheet1.xml': encode('<chartsheet/>'),
    },
    { level },
  );
}

describe('readXlsx on parts as other writers lay them out', () => {
  it('finds worksheets through the relationships, in tab order, named as the tabs; chart sheets and missing parts are left out', async () => {
    const { sheets } = await readXlsx(workbook(), 'other.xlsx');
    expect(sheets.map((s) => s.name)).toEqual(['R&D', 'Plain']);
    expect(sheets[1]?.rows).toEqual([['Name', null, 3]]);
  });

  it('reads prefixed elements, rich and phonetic text, escapes, implied positions, dates and cached results', async () => {
    for (const level of [0, 6] as const) {
      const rows = (await readXlsx(workbook(SHEET, level), 'other.xlsx')).sheets[0]?.rows;
      expect(rows).toEqual([
        [' spaced & kept ', 'Rich text', 'line\r\ntwo', null, 'inline'],
        // 1904 system: serial 1000 is 1906-09-27; a formula's cached error is blank, its boolean a boolean.
        [new Date(Date.UTC(1906, 8, 27)), new Date(Date.UTC(1904, 0, 1)), 1000, new Date(Date.UTC(2021, 3, 12, 10, 30)), false, '#DIV/0!', null, 'a < b', true, -1500],
        [],
        [],
        [null, 12],
      ]);
    }
  });

  it('reports a cell past the last column and a row cut short as damage', async () => {
    await expect(readXlsx(workbook(SHEET.replace('r="B5"', 'r="XFE5"')), 'x.xlsx')).rejects.toThrow("a cell of row 5 is past Excel's last column, XFD");
    await expect(readXlsx(workbook(SHEET.replace(/<\/x:row>\s*<x:row r="4"[\s\S]*$/, '')), 'x.xlsx')).rejects.toThrow('row 2 is cut short');
  });
});
