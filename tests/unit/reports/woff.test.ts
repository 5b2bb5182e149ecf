import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "@/lib/reports/woff";

const FONT = path.join(process.cwd(), "node_modules/@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff");

/** The sfnt table checksum: the sum of big-endian uint32 words, zero-padded. */
function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

describe("woffToSfnt", () => {
  it("rebuilds a TrueType file whose tables match the checksums the WOFF recorded", () => {
    const woff = readFileSync(FONT);
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const numTables = sfnt.readUInt16BE(4);
    expect(numTables).toBe(woff.readUInt16BE(12));
    expect(sfnt.readUInt16BE(6)).toBe(16 * 2 ** Math.floor(Math.log2(numTables)));
    const tags: string[] = [];
    for (let index = 0; index < numTables; index++) {
      const at = 12 + index * 16;
      const tag = sfnt.subarray(at, at + 4).toString("latin1");
      const [recorded, offset, length] = [4, 8, 12].map((field) => sfnt.readUInt32BE(at + field));
      expect(offset % 4).toBe(0);
      const data = Buffer.from(sfnt.subarray(offset, offset + length));
      // head's checksum is taken with checkSumAdjustment (bytes 8-11) zeroed.
      if (tag === "head") data.writeUInt32BE(0, 8);
      expect(checksum(data), tag).toBe(recorded);
      tags.push(tag);
    }
    expect(tags).toEqual([...tags].sort());
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "hmtx", "loca"]));
  });

  it("refuses what is not WOFF 1.0", () => {
    expect(() => woffToSfnt(Buffer.from("not a font at all, just some bytes of text here...."))).toThrow(/WOFF/);
  });
});
