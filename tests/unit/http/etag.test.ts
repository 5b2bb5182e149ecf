import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { asPreconditionFailed, claimEtag, versionFromIfMatch, withIfMatchVersion } from "@/lib/http/etag";

describe("claim ETags and If-Match", () => {
  it("round-trips a version through ETag and If-Match", () => {
    expect(claimEtag(7)).toBe('"v7"');
    expect(versionFromIfMatch(claimEtag(7))).toBe(7);
    expect(versionFromIfMatch(' "v12" ')).toBe(12);
  });

  it("names no version for a missing header or *", () => {
    expect(versionFromIfMatch(null)).toBeNull();
    expect(versionFromIfMatch("*")).toBeNull();
  });

  it("refuses weak tags, lists, zero and junk with a field message", () => {
    for (const header of ['W/"v7"', '"v7", "v8"', '"v0"', "v7", '"7"', '""', '"v99999999999"']) {
      expect(() => versionFromIfMatch(header), header).toThrow(AppError);
      try {
        versionFromIfMatch(header);
      } catch (error) {
        expect((error as AppError).details.fields?.["If-Match"]?.[0]).toContain("If-Match");
      }
    }
  });

  it("puts the version into the body, refusing a body version that disagrees", () => {
    expect(withIfMatchVersion({ title: "x" }, 3)).toEqual({ title: "x", version: 3 });
    expect(withIfMatchVersion({ title: "x", version: 3 }, 3)).toEqual({ title: "x", version: 3 });
    expect(() => withIfMatchVersion({ version: 2 }, 3)).toThrow(/different versions/);
    expect(withIfMatchVersion(null, 3)).toBeNull();
  });

  it("turns only a stale-version CONFLICT into 412", () => {
    const stale = new AppError("CONFLICT", "stale", { current: { id: "c" } });
    const finalized = new AppError("CONFLICT", "finalized");
    expect((asPreconditionFailed(stale) as AppError).status).toBe(412);
    expect((asPreconditionFailed(stale) as AppError).details.current).toEqual({ id: "c" });
    expect(asPreconditionFailed(finalized)).toBe(finalized);
  });
});
