import { elementContent, elements } from './xlsx-xml';

/** The workbook's sheets in tab order, with the parts they and their cells need. */
export interface WorkbookParts {
  sheets: { name: string; path: string }[];
  sharedStrings: string;
  styles: string;
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

/**
 * Sheets from workbook.xml, in its order (the tab order), named there and found through its relationships.
 * Targets may be relative ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml", as openpyxl writes
 * them). Chart sheets have no cells and are left out.
 */
export function workbookParts(workbookXml: string, relsXml: string): WorkbookParts {
  const rels = elements(relsXml, 'Relationship').filter((rel) => rel.TargetMode !== 'External');
  const target = (type: string) => rels.find((rel) => rel.Type?.endsWith(`/${type}`))?.Target;
  const worksheets = new Map(rels.filter((rel) => rel.Type?.endsWith('/worksheet')).map((rel) => [rel.Id, rel.Target ?? '']));
  const sheets = elements(workbookXml, 'sheet').flatMap((sheet) => {
    const id = Object.entries(sheet).find(([name]) => name.endsWith(':id'))?.[1];
    const path = id === undefined ? undefined : worksheets.get(id);
    return path === undefined ? [] : [{ name: sheet.name ?? '', path: resolvePath(path) }];
  });
  const date1904 = elements(workbookXml, 'workbookPr')[0]?.date1904;
  return {
    sheets,
    sharedStrings: resolvePath(target('sharedStrings') ?? 'sharedStrings.xml'),
    styles: resolvePath(target('styles') ?? 'styles.xml'),
    date1904: date1904 === '1' || date1904 === 'true',
  };
}

/** A relationship target of xl/workbook.xml as a ZIP member name. */
function resolvePath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30); others are set in styles.xml. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Per cell style (the s attribute of a cell), whether its number format shows a date or time. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map(elements(elementContent(stylesXml, 'numFmts'), 'numFmt').map((f) => [Number(f.numFmtId), f.formatCode ?? '']));
  return elements(elementContent(stylesXml, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    const format = custom.get(id);
    return format === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(format);
  });
}

/** A number format shows a date or time when it has d, m, y, h or s outside quoted text and [colour] tags. */
function isDateFormat(numFmt: string): boolean {
  return /[dmyhs]/i.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}
