// The review workflow's input schemas (shared by forms and server): dates and ids.
import { describe, expect, it } from "vitest";
import { assignClaimsSchema, autoAssignSchema, setDueDateSchema } from "@/lib/assignments/schema";
import { addEvidenceSchema, editEvidenceSchema } from "@/lib/evidence/schema";

const source = { url: "https://a.example/", title: "A", stance: "SUPPORTS", version: 1 };
const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join("."));

describe("source dates", () => {
  it("accept YYYY-MM-DD, ISO date-times and empty; refuse year 0000, impossible days and junk", () => {
    const parse = (publishedAt: unknown) => addEvidenceSchema.safeParse({ ...source, publishedAt });
    expect(parse("2023-05-01").data?.publishedAt).toEqual(new Date("2023-05-01T00:00:00Z"));
    expect(parse("2023-05-01T10:00:00+02:00").data?.publishedAt).toEqual(new Date("2023-05-01T08:00:00Z"));
    expect(parse("").data?.publishedAt).toBeNull();
    expect(parse(undefined).data?.publishedAt).toBeNull();
    for (const bad of ["0000-01-01", "0000-01-01T00:00:00Z", "2023-02-30", "yesterday", 20230501]) {
      expect(fieldsOf(parse(bad)), String(bad)).toEqual(["publishedAt"]);
    }
    expect(fieldsOf(addEvidenceSchema.safeParse({ ...source, accessedAt: "0000-03-01" }))).toEqual(["accessedAt"]);
  });

  it("an edit leaves dates it does not mention alone (absent is not null)", () => {
    const edit = editEvidenceSchema.parse({ title: "B", version: 2 });
    expect("publishedAt" in edit ? edit.publishedAt : undefined).toBeUndefined();
    expect(fieldsOf(editEvidenceSchema.safeParse({ publishedAt: "0000-01-01", version: 2 }))).toEqual(["publishedAt"]);
  });
});

describe("assignment input", () => {
  it("refuses year-0000 due dates and ids that are not strings", () => {
    const assign = { claimIds: ["c1"], reviewerId: "r1" };
    expect(fieldsOf(assignClaimsSchema.safeParse({ ...assign, dueAt: "0000-01-01" }))).toEqual(["dueAt"]);
    expect(assignClaimsSchema.parse({ ...assign, dueAt: "2030-01-01" }).dueAt).toEqual(
      new Date("2030-01-01T00:00:00Z"),
    );
    expect(fieldsOf(assignClaimsSchema.safeParse({ ...assign, claimIds: [undefined] }))).toEqual(["claimIds.0"]);
    expect(fieldsOf(assignClaimsSchema.safeParse({ ...assign, reviewerId: 7 }))).toEqual(["reviewerId"]);
    expect(assignClaimsSchema.parse({ ...assign, reviewerId: "", reviewerEmail: "R@X.ORG" })).toMatchObject({
      reviewerId: undefined,
      reviewerEmail: "r@x.org",
    });
    expect(fieldsOf(setDueDateSchema.safeParse({ claimIds: ["c1"], dueAt: "0000-12-31" }))).toEqual(["dueAt"]);
    expect(fieldsOf(autoAssignSchema.safeParse({ articleId: undefined, reviewerIds: [1] })).sort()).toEqual([
      "articleId",
      "reviewerIds.0",
    ]);
  });
});
