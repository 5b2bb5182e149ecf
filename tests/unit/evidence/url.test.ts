import { describe, expect, it } from "vitest";
import { normaliseSourceUrl } from "@/lib/evidence/url";
import { addEvidenceSchema, editEvidenceSchema } from "@/lib/evidence/schema";

const ok = (input: string) => {
  const result = normaliseSourceUrl(input);
  if (!result.ok) throw new Error(result.message);
  return result.url;
};

describe("source URL normalisation", () => {
  it("lowercases scheme and host, strips the fragment and default ports, keeps path and query", () => {
    expect(ok("  HTTPS://Example.COM:443/Path/Page?q=A#section-2 ")).toBe("https://example.com/Path/Page?q=A");
    expect(ok("http://EXAMPLE.org:80")).toBe("http://example.org/");
    expect(ok("http://example.org:8080/a#")).toBe("http://example.org:8080/a");
    expect(ok("https://example.org:80/")).toBe("https://example.org:80/");
  });

  it.each([
    ["javascript:alert(1)", "javascript:"],
    ["data:text/html,<script>alert(1)</script>", "data:"],
    ["ftp://example.org/file", "ftp:"],
    ["file:///etc/passwd", "file:"],
    ["mailto:someone@example.org", "mailto:"],
  ])("refuses %s", (input, scheme) => {
    const result = normaliseSourceUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(scheme);
  });

  it("refuses relative, empty, credentialed and oversized input", () => {
    for (const input of [
      "/relative/path",
      "example.org",
      "",
      "https://user:pw@example.org/",
      `https://example.org/${"a".repeat(2001)}`,
    ]) {
      expect(normaliseSourceUrl(input).ok, input).toBe(false);
    }
  });
});

describe("evidence schema (shared by form and server)", () => {
  const valid = { url: "HTTPS://Example.com/a#b", title: " Report ", stance: "SUPPORTS", version: 1 };

  it("normalises the URL and fills empty optional fields with null", () => {
    const parsed = addEvidenceSchema.parse({ ...valid, publisher: "", publishedAt: "2026-01-02", accessedAt: "" });
    expect(parsed).toMatchObject({ url: "https://example.com/a", title: "Report", publisher: null, accessedAt: null });
    expect(parsed.publishedAt?.toISOString()).toBe("2026-01-02T00:00:00.000Z");
  });

  it("refuses other schemes with a field error on url, a bad stance and a missing version", () => {
    const result = addEvidenceSchema.safeParse({
      ...valid,
      url: "javascript:alert(1)",
      stance: "MAYBE",
      version: undefined,
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["url", "stance", "version"]));
  });

  it("edit leaves out fields that were not sent, and needs at least one", () => {
    expect(editEvidenceSchema.parse({ title: "New", version: 3 })).toEqual({ title: "New", version: 3 });
    expect(editEvidenceSchema.safeParse({ version: 3 }).success).toBe(false);
  });
});
