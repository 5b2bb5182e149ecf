import { beforeEach, describe, expect, it, vi } from "vitest";

// Server actions read the proxy's mark from the request headers (next/headers).
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const { guardedAction, refuseUnstorableArguments } = await import("@/lib/http/action");

beforeEach(() => {
  requestHeaders = new Headers();
});

describe("guardedAction", () => {
  it("runs the action with its arguments when every string can be stored", async () => {
    const action = vi.fn(async (id: string, input: unknown) => ({ ok: true as const, data: { id, input } }));
    const guarded = guardedAction(action);
    const input = { text: "Grüße 😀", list: ["a", "b"], when: new Date(0) };
    await expect(guarded("claim1", input)).resolves.toEqual({ ok: true, data: { id: "claim1", input } });
    expect(action).toHaveBeenCalledWith("claim1", input);
  });

  it("refuses a lone surrogate with a message at its field, without running the action", async () => {
    const action = vi.fn(async (..._args: unknown[]) => ({ ok: true as const, data: undefined }));
    const result = await guardedAction(action)("claim1", { evidence: { note: "bad \uD800 note" } });
    expect(result).toMatchObject({
      ok: false,
      fields: { "evidence.note": [expect.stringMatching(/unpaired surrogate/)] },
    });
    expect(action).not.toHaveBeenCalled();
  });

  it("refuses a NUL in a key or a top-level argument (the whole input)", async () => {
    const action = vi.fn(async (..._args: unknown[]) => ({ ok: true as const, data: undefined }));
    expect(await guardedAction(action)("id\u0000")).toMatchObject({
      ok: false,
      fields: { _: [expect.stringMatching(/NUL/)] },
    });
    expect(await guardedAction(action)({ ["a\u0000"]: 1 })).toMatchObject({
      ok: false,
      fields: { _: [expect.any(String)] },
    });
    expect(action).not.toHaveBeenCalled();
  });
});

describe("refuseUnstorableArguments with a body that was not UTF-8", () => {
  it("names the field whose text the decoder replaced", async () => {
    requestHeaders = new Headers({ "x-claimledger-body-not-utf8": "1" });
    expect(await refuseUnstorableArguments([{ name: "ok", note: "bad \uFFFD" }])).toEqual({
      ok: false,
      message: "Text must be valid UTF-8.",
      fields: { note: ["Text must be valid UTF-8."] },
    });
    expect(await refuseUnstorableArguments(["plain"])).toMatchObject({
      ok: false,
      fields: { _: [expect.any(String)] },
    });
  });

  it("is not fooled by U+FFFD in a body that was valid UTF-8", async () => {
    expect(await refuseUnstorableArguments([{ note: "a real \uFFFD" }])).toBeNull();
  });
});
