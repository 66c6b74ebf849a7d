/**
 * exceljs's streaming reader reads ZIP members in file order. A sheet that comes before the shared strings and
 * relationships is parked in a temp file on disk until they arrive; and when xl/workbook.xml is the very last
 * member (as exceljs itself and some other writers put it), the reader can miss it and fail on every sheet.
 * Moving the workbook's small parts in front of the sheets avoids both. Members are moved byte for byte, nothing
 * is inflated; only their offsets in the central directory change.
 */
const FIRST = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];
const rank = (name: string) => {
  const index = FIRST.indexOf(name);
  if (index !== -1) return index;
  return /^xl\/worksheets\/[^/]+\.xml$/.test(name) ? FIRST.length : FIRST.length + 1;
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

interface Member {
  name: string;
  /** Where the member's offset field sits in the central directory. */
  offsetField: number;
  start: number;
  end: number;
}

/** The ZIP with the workbook parts first and sheets next; unchanged when already so, or when it cannot be parsed. */
export function workbookPartsFirst(zip: Uint8Array): Uint8Array {
  const members = readMembers(zip);
  if (!members) return zip;
  const wanted = [...members].sort((a, b) => rank(a.name) - rank(b.name));
  if (wanted.every((member, i) => member === members[i])) return zip;
  const out = zip.slice();
  const view = new DataView(out.buffer);
  let at = members[0]?.start ?? 0;
  for (const member of wanted) {
    out.set(zip.subarray(member.start, member.end), at);
    view.setUint32(member.offsetField, at, true);
    at += member.end - member.start;
  }
  return out;
}

/** Members in file order, each spanning up to the next (header, data and any data descriptor); null if unusual. */
function readMembers(zip: Uint8Array): Member[] | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === -1) return null;
  const count = view.getUint16(eocd + 10, true);
  const directoryStart = view.getUint32(eocd + 16, true);
  if (directoryStart === ZIP64_MARK || count === 0xffff) return null;
  const members: Member[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const start = view.getUint32(at + 42, true);
    if (start === ZIP64_MARK) return null;
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    members.push({ name, offsetField: at + 42, start, end: 0 });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  members.sort((a, b) => a.start - b.start);
  members.forEach((member, i) => {
    member.end = members[i + 1]?.start ?? directoryStart;
  });
  return members.every((m) => m.end > m.start) ? members : null;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535.
  for (let at = view.byteLength - 22; at >= 0 && at >= view.byteLength - 22 - 0xffff; at--)
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  return -1;
}
