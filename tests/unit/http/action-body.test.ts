import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, checkMultipartActionBody, checkTextActionBody } from "@/lib/http/action-body";

const text = (body: string) => checkTextActionBody(new TextEncoder().encode(body));
const multipart = (entries: [string, string | Blob][]) => {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return checkMultipartActionBody(form);
};

describe("checkTextActionBody", () => {
  it("accepts what React's encoder writes for plain arguments", () => {
    const bodies = [
      "[]",
      '["claim1",{"text":"Unemployment fell","version":3}]',
      '["$$5 costs","$undefined","$NaN","$Infinity","$-Infinity","$-0","$D2026-01-02T00:00:00.000Z","$n12345678901234567890"]',
      '[{"nested":[{"deeper":["$$"]}]}]',
    ];
    for (const body of bodies) expect(text(body), body).toEqual({ ok: true, invalidUtf8: false });
  });

  // Each of these made Next.js answer 500 before (the decoder threw).
  const references = [
    "$1",
    "$Q1",
    "$W1",
    "$@1",
    "$h1",
    "$K1",
    "$B1",
    "$i1",
    "$R1",
    "$r1",
    "$X1",
    "$x1",
    "$T",
    "$H",
    "$A1",
    "$o1",
    "$0:a:b",
    "$0",
    "$nxyz",
    "$n",
    `$n${"9".repeat(301)}`,
    "$",
    "$Z",
  ];
  for (const reference of references)
    it(`refuses the reference ${JSON.stringify(reference.slice(0, 12))} with 400`, () => {
      expect(text(JSON.stringify([{ name: reference }]))).toMatchObject({ ok: false, status: 400 });
      expect(text(JSON.stringify([reference]))).toMatchObject({ ok: false, status: 400 });
    });

  it("refuses what is not a JSON list of arguments", () => {
    for (const body of ["not json", "", '{"a":1}', '"x"', "1", "[".repeat(3) + "1" + "]".repeat(2)])
      expect(text(body), body).toMatchObject({ ok: false, status: 400 });
    expect(text(JSON.stringify(Array(1001).fill(1)))).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses nesting deeper than any input (the decoder recurses) instead of overflowing", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    expect(text(deep)).toMatchObject({ ok: false, status: 400 });
  });

  it("reports invalid UTF-8 rather than refusing, so the action can name the field", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('[{"name":"bad '),
      0xff,
      0xfe,
      ...new TextEncoder().encode('"}]'),
    ]);
    expect(checkTextActionBody(bytes)).toEqual({ ok: true, invalidUtf8: true });
  });

  it("refuses a body over the action limit with 413", () => {
    expect(checkTextActionBody(new Uint8Array(ACTION_BODY_LIMIT_BYTES + 1))).toMatchObject({ ok: false, status: 413 });
  });
});

describe("checkMultipartActionBody", () => {
  const file = new File(["<p>hello</p>"], "a.html", { type: "text/html" });

  it("accepts a FormData argument with a file, as the upload form sends it", () => {
    expect(
      multipart([
        ["0", '["$K1"]'],
        ["_1_file", file],
      ]),
    ).toEqual({ ok: true, invalidUtf8: false });
    expect(
      multipart([
        ["0", '["$B1"]'],
        ["1", file],
      ]),
    ).toEqual({ ok: true, invalidUtf8: false });
  });

  it("refuses references to parts that are missing or of the wrong kind", () => {
    for (const root of ['["$B1"]', '["$1"]', '["$@2"]', '["$Q1"]', '["$h1"]', '["$R1"]'])
      expect(
        multipart([
          ["0", root],
          ["_1_file", file],
        ]),
        root,
      ).toMatchObject({ ok: false, status: 400 });
    expect(
      multipart([
        ["0", '["$B1"]'],
        ["1", "not a file"],
      ]),
    ).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses a body without a JSON argument list in part 0", () => {
    expect(multipart([["_1_file", file]])).toMatchObject({ ok: false, status: 400 });
    expect(multipart([["0", "nope"]])).toMatchObject({ ok: false, status: 400 });
    expect(multipart([["0", file]])).toMatchObject({ ok: false, status: 400 });
    expect(
      multipart([
        ["0", "[]"],
        ["2", "nope"],
      ]),
    ).toMatchObject({ ok: false, status: 400 });
  });
});
