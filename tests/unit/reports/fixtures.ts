// Fixed report data for renderer tests: one article with every status. C1 corroborated (a removed
// source; the verdict taken back by an editor and given again), C2 disputed (a history from before
// PENDING existed: its first row stores UNVERIFIED), C4 not yet reviewed, C5 unverified (a
// verdict). Numbers are permanent, so they differ from the reading order (C3 was deleted).
import { hashStatusChange } from "@/lib/history/chain";
import type { ArticleReportSource, ReportArticle, ReportClaim, ReportContext, ReportStatusChange, Status } from "@/lib/reports/model";

export const editor = { id: "u-editor", name: "Eddie Editor", email: "editor@example.org" };
export const reviewer = { id: "u-rev", name: "Rita Reviewer", email: "rita@example.org" };
export const admin = { id: "u-admin", name: "Ada Admin", email: "ada@example.org" };
const t = (iso: string) => new Date(iso);

export function history(claimId: string, steps: [Status, Status, string, string][]): ReportStatusChange[] {
  const rows: ReportStatusChange[] = [];
  let prevHash: string | null = null;
  steps.forEach(([fromStatus, toStatus, rationale, at], index) => {
    // Taking a verdict back is an editor's act.
    const actor = toStatus === "PENDING" ? editor : reviewer;
    const change = { claimId, fromStatus, toStatus, actorId: actor.id, rationale, citedEvidence: [], createdAt: t(at) };
    const hash = hashStatusChange(prevHash, change);
    rows.push({ id: `sc-${claimId}-${index + 1}`, seq: index + 1, fromStatus, toStatus, actor, rationale, citedEvidence: [], createdAt: t(at), prevHash, hash });
    prevHash = hash;
  });
  return rows;
}

function claim(
  id: string,
  [ordinal, number]: [number, number],
  text: string,
  status: Status,
  changes: ReportStatusChange[],
  overrides: Partial<ReportClaim> = {},
): ReportClaim {
  return {
    id,
    articleId: "a-1",
    ordinal,
    number,
    claimant: null,
    text,
    originalText: text,
    statement: text,
    start: ordinal * 100,
    end: ordinal * 100 + text.length,
    prefix: "",
    suffix: "",
    status,
    score: 0.8,
    createdAt: t("2024-12-07T11:00:00Z"),
    updatedAt: t("2024-12-08T11:00:00Z"),
    deletedAt: null,
    evidence: [],
    history: changes,
    assignments: [],
    comments: [],
    auditEvents: [],
    verification: { ok: true, checked: changes.length, breaks: [] },
    anchor: { state: "EXACT", revision: 1, start: ordinal * 100, end: ordinal * 100 + text.length },
    ...overrides,
  };
}

export const claims: ReportClaim[] = [
  claim(
    "c-1",
    [0, 1],
    "Officials said 1,200 people were evacuated from Homs.",
    "CORROBORATED",
    history("c-1", [
      ["PENDING", "CORROBORATED", "Ministry statement", "2024-12-08T09:00:00Z"],
      ["CORROBORATED", "PENDING", "Reopened: the figure was revised", "2024-12-08T10:00:00Z"],
      ["PENDING", "CORROBORATED", "Confirmed by UN OCHA, \"final\" figure", "2024-12-09T10:00:00Z"],
    ]),
    {
      claimant: "The health ministry",
      evidence: [
        {
          id: "e-1",
          url: "https://example.org/ocha",
          title: "OCHA flash update",
          publisher: "UN OCHA",
          publishedAt: null,
          accessedAt: t("2024-12-09T08:00:00Z"),
          stance: "SUPPORTS",
          excerpt: "About 1,200 people left Homs.",
          note: null,
          addedBy: reviewer,
          createdAt: t("2024-12-09T08:00:00Z"),
          removedAt: null,
          removedBy: null,
          linkState: "OK",
          linkCheckedAt: t("2024-12-09T08:01:00Z"),
          snapshots: [
            {
              fetchedAt: t("2024-12-09T08:01:00Z"),
              httpStatus: 200,
              sha256: "3f2a9c".padEnd(64, "0"),
              outcome: "OK",
              finalUrl: "https://example.org/ocha",
              error: null,
              origin: "FETCHED",
            },
          ],
        },
        {
          id: "e-2",
          url: "https://example.org/blog",
          title: "=HYPERLINK(\"http://evil\")",
          publisher: null,
          publishedAt: null,
          accessedAt: t("2024-12-08T08:00:00Z"),
          stance: "CONTEXT",
          excerpt: null,
          note: null,
          addedBy: reviewer,
          createdAt: t("2024-12-08T08:00:00Z"),
          removedAt: t("2024-12-08T09:30:00Z"),
          removedBy: editor,
          linkState: "PENDING",
          linkCheckedAt: null,
          snapshots: [],
        },
      ],
      assignments: [
        { id: "as-1", reviewer, assignedBy: editor, state: "COMPLETED", dueAt: null, note: null, createdAt: t("2024-12-07T12:00:00Z"), closedAt: t("2024-12-09T10:00:00Z") },
      ],
    },
  ),
  claim("c-2", [1, 2], "=1+1 rebels, captured the airport\nnear Hama.", "DISPUTED", history("c-2", [["UNVERIFIED", "DISPUTED", "Video shows otherwise", "2024-12-08T12:00:00Z"]]), {
    claimant: "=Abu Mohammed, a local commander",
  }),
  claim("c-4", [2, 4], "The health ministry reported 97.29% coverage.", "PENDING", []),
  claim("c-5", [3, 5], "Two checkpoints near Hama were attacked overnight.", "UNVERIFIED", history("c-5", [["PENDING", "UNVERIFIED", "No independent source either way", "2024-12-09T12:00:00Z"]]), {
    claimant: "Sana Haddad",
  }),
];

export const article: ReportArticle = {
  id: "a-1",
  title: "Syrian army withdrawals continue",
  publisher: "Al Bawaba",
  url: "https://example.org/article",
  publishedAt: t("2024-12-07T10:48:00Z"),
  createdAt: t("2024-12-07T11:00:00Z"),
  body: "Body text.",
  bodySha256: "a".repeat(64),
  revision: 1,
  importedBy: editor,
  finalizedAt: t("2024-12-10T10:00:00Z"),
  finalizedBy: editor,
  summary: {
    claims: 4,
    deletedClaims: 0,
    byStatus: { PENDING: 1, CORROBORATED: 1, DISPUTED: 1, UNVERIFIED: 1 },
    evidence: 1,
    removedEvidence: 1,
    statusChanges: 5,
  },
  verification: { ok: true, checked: 5, breaks: [] },
  auditEvents: [
    { id: "ev-1", action: "article.finalized", entityType: "Article", entityId: "a-1", actor: editor, before: null, after: { finalizedAt: "2024-12-09T08:00:00.000Z" }, createdAt: t("2024-12-09T08:00:00Z") },
    { id: "ev-2", action: "article.reopened", entityType: "Article", entityId: "a-1", actor: admin, before: { finalizedAt: "2024-12-09T08:00:00.000Z" }, after: { finalizedAt: null }, createdAt: t("2024-12-09T15:30:00Z") },
    { id: "ev-3", action: "article.exported", entityType: "Article", entityId: "a-1", actor: editor, before: null, after: { format: "pdf" }, createdAt: t("2024-12-09T16:00:00Z") },
    { id: "ev-4", action: "article.finalized", entityType: "Article", entityId: "a-1", actor: editor, before: null, after: { finalizedAt: "2024-12-10T10:00:00.000Z" }, createdAt: t("2024-12-10T10:00:00Z") },
  ],
};

export const context: ReportContext = {
  generatedAt: t("2024-12-11T09:30:00Z"),
  generatedBy: editor,
  scope: { type: "article", articleId: "a-1" },
  baseUrl: "https://claims.example.org",
  organisation: { name: "Example Newsroom", url: "https://news.example.org" },
  timeZone: "UTC",
};

/** The fixture as the renderers receive it, claims split into batches of two. */
export async function* fixtureSources(): AsyncGenerator<ArticleReportSource> {
  yield {
    article,
    claimBatches: async function* () {
      yield claims.slice(0, 2);
      yield claims.slice(2);
    },
  };
}

/** The fixture's claims by number. */
export const claimNumbered = (number: number): ReportClaim => {
  const found = claims.find((entry) => entry.number === number);
  if (!found) throw new Error(`no claim C${number} in the fixture`);
  return found;
};

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}
