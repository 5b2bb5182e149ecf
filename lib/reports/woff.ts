// WOFF 1.0 to plain TrueType/OpenType (sfnt), so pdfkit's fontkit reads the font from memory:
// fontkit can read WOFF itself, but then inflates tables again on every access, which made a
// report ten times slower to lay out. Framework-free; https://www.w3.org/TR/WOFF/.
import { inflateSync } from "node:zlib";

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_ENTRY_SIZE = 16;

const pad4 = (n: number) => (n + 3) & ~3;

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < HEADER_SIZE || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error("Not a WOFF 1.0 font.");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const at = HEADER_SIZE + index * WOFF_ENTRY_SIZE;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((field) =>
      woff.readUInt32BE(at + field),
    );
    const stored = woff.subarray(offset, offset + compLength);
    // A table is stored uncompressed when compressing would not have made it smaller.
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error("A WOFF table does not inflate to its declared length.");
    return { tag, checksum, data };
  });
  const maxPower = 2 ** Math.floor(Math.log2(numTables));
  let offset = 12 + numTables * SFNT_ENTRY_SIZE;
  const out = Buffer.alloc(offset + tables.reduce((sum, table) => sum + pad4(table.data.length), 0));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(maxPower * 16, 6);
  out.writeUInt16BE(Math.log2(maxPower), 8);
  out.writeUInt16BE(numTables * 16 - maxPower * 16, 10);
  // WOFF keeps the directory sorted by tag, as sfnt requires.
  tables.forEach((table, index) => {
    const at = 12 + index * SFNT_ENTRY_SIZE;
    out.writeUInt32BE(table.tag, at);
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(out, offset);
    offset += pad4(table.data.length);
  });
  return out;
}
