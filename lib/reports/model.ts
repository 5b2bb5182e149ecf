// What every report format renders: plain data, loaded by lib/reports/data.ts in batches.
// Renderers (csv.ts, json.ts, claimreview.ts, pdf.ts) take these and nothing else.
import type { ChainBreak } from "@/lib/history/chain";
import { CLAIM_STATUSES, isVerdict, STANCE_LABELS, STATUS_LABELS, type ClaimStatus, type Stance } from "@/lib/workflow/states";

export type Status = ClaimStatus;
export const STATUSES: readonly Status[] = CLAIM_STATUSES;
export { STANCE_LABELS, STATUS_LABELS };

export interface ReportUser {
  id: string;
  name: string;
  email: string;
}

export interface Verification {
  ok: boolean;
  /** Status changes checked. */
  checked: number;
  breaks: ChainBreak[];
}

export interface ReportAuditEvent {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: ReportUser | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

export interface ReportEvidence {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  accessedAt: Date;
  stance: Stance;
  excerpt: string | null;
  note: string | null;
  addedBy: ReportUser;
  createdAt: Date;
  removedAt: Date | null;
  removedBy: ReportUser | null;
  /** What the latest fetch of the URL found (lib/sources). */
  linkState: LinkState;
  linkCheckedAt: Date | null;
  /** Every snapshot, oldest first: fetches of the URL, pasted texts and attached files. */
  snapshots: ReportSnapshot[];
}

export type LinkState = "PENDING" | "OK" | "CHANGED" | "GONE" | "UNREACHABLE" | "REFUSED";

export interface ReportSnapshot {
  fetchedAt: Date;
  httpStatus: number | null;
  sha256: string | null;
  outcome: LinkState;
  finalUrl: string | null;
  error: string | null;
  /** How it was obtained: fetched from the URL, its text pasted, or a file attached. */
  origin: "FETCHED" | "PASTED" | "ATTACHED";
}

export interface ReportStatusChange {
  id: string;
  seq: number;
  fromStatus: Status;
  toStatus: Status;
  actor: ReportUser;
  rationale: string;
  citedEvidence: { id: string; url: string }[];
  createdAt: Date;
  prevHash: string | null;
  hash: string;
  /** What the row records (docs/signoff.md): VERDICT (also when absent), APPROVED, SENT_BACK, PUBLISHED, CORRECTION. */
  kind?: string;
}

export interface ReportAssignment {
  id: string;
  reviewer: ReportUser;
  assignedBy: ReportUser;
  state: "OPEN" | "COMPLETED" | "CANCELLED";
  dueAt: Date | null;
  note: string | null;
  createdAt: Date;
  closedAt: Date | null;
}

export interface ReportComment {
  id: string;
  author: ReportUser;
  body: string;
  createdAt: Date;
  deletedAt: Date | null;
}

/**
 * Where a claim's offsets are (docs/revisions.md): its anchor state in the article's current
 * revision, and the revision its start, end and quote refer to (the current one, except for an
 * orphan, whose anchor is where it was last found).
 */
export interface ReportAnchor {
  state: "EXACT" | "NEEDS_RECHECK" | "ORPHANED";
  revision: number;
  start: number;
  end: number;
}

export interface ReportClaim {
  id: string;
  articleId: string;
  ordinal: number;
  /** Permanent number within the article (C1, C2, …). */
  number: number;
  /** Whose assertion it is, when known. */
  claimant: string | null;
  /** The quote at the anchor (the article's text between start and end). */
  text: string;
  originalText: string;
  /** What a reader reads: the assertion on its own (subject and attribution restored). */
  statement: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  status: Status;
  score: number | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  evidence: ReportEvidence[];
  history: ReportStatusChange[];
  assignments: ReportAssignment[];
  comments: ReportComment[];
  auditEvents: ReportAuditEvent[];
  verification: Verification;
  anchor: ReportAnchor;
  /** The desk's rating label the verdict in force was given under (docs/rating-scale.md); null on the default scale. */
  ratingLabel?: ReportRatingLabel | null;
}

/** A label of the desk's rating scale as reports show it: ratingValue is on 1 (worst) … 5 (best). */
export interface ReportRatingLabel {
  id: string;
  name: string;
  color: string;
  verdict: Exclude<Status, "PENDING">;
  ratingValue: number;
  retiredAt: Date | null;
}

export interface ArticleSummary {
  /** Current (not deleted) claims. */
  claims: number;
  deletedClaims: number;
  byStatus: Record<Status, number>;
  evidence: number;
  removedEvidence: number;
  statusChanges: number;
}

export interface ReportArticle {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  body: string;
  bodySha256: string;
  /** The revision `body` is (1 until a new version is imported). */
  revision: number;
  importedBy: ReportUser;
  finalizedAt: Date | null;
  finalizedBy: ReportUser | null;
  summary: ArticleSummary;
  verification: Verification;
  /** Events about the article itself (import, finalize, reopen, exports). */
  auditEvents: ReportAuditEvent[];
  publication?: ReportPublication | null;
}

/** Where the article's fact-check was published, its claims and corrections (docs/signoff.md); null when not published. */
export interface ReportPublication {
  url: string;
  publishedAt: Date;
  modifiedAt: Date | null;
  publishedBy: ReportUser;
  claims: { claimId: string; number: number; status: Status; ratingLabel: string | null; publishedAt: Date; modifiedAt: Date | null }[];
  corrections: {
    id: string;
    claimId: string;
    number: number | null;
    fromStatus: Status;
    toStatus: Status;
    fromRatingLabel: string | null;
    toRatingLabel: string | null;
    fromRationale: string;
    toRationale: string;
    reason: string;
    approvedBy: ReportUser;
    createdAt: Date;
  }[];
}

export type ReportScope =
  | { type: "article"; articleId: string }
  | { type: "range"; from: string; to: string; criterion: string };

export interface ReportContext {
  generatedAt: Date;
  generatedBy: ReportUser;
  scope: ReportScope;
  /** Where links to the app point (NEXTAUTH_URL), without a trailing slash. */
  baseUrl: string;
  organisation: { name: string; url: string | null };
  /**
   * The IANA time zone the reader sees times in (default "UTC"): the PDF shows times in it and
   * names it; JSON and CSV stay ISO UTC.
   */
  timeZone: string;
}

/** One article and its claims, the claims arriving in batches so memory stays bounded. */
export interface ArticleReportSource {
  article: ReportArticle;
  claimBatches: () => AsyncIterable<ReportClaim[]>;
}

/**
 * One article of the JSON archive with its claims already written: each claim's JSON exactly as
 * JSON.stringify writes its ReportClaim (lib/reports/archive-data.ts), in batches.
 */
export interface SerialisedArticleSource {
  article: ReportArticle;
  claimJson: () => AsyncIterable<string[]>;
}

/**
 * The status change that gave the verdict in force: the latest one to the claim's current status.
 * null while the claim is not yet reviewed, including after an editor took its verdict back.
 */
export function verdictInForce(claim: Pick<ReportClaim, "status" | "history">): ReportStatusChange | null {
  if (!isVerdict(claim.status)) return null;
  // The row that set it: approvals, publications and corrections end in the same status but set nothing.
  return claim.history.findLast((change) => (change.kind ?? "VERDICT") === "VERDICT" && change.toStatus === claim.status) ?? null;
}

/** The last status change when it took the verdict back (the claim is not yet reviewed again). */
export function verdictTakenBack(claim: Pick<ReportClaim, "status" | "history">): ReportStatusChange | null {
  const last = claim.history.at(-1);
  return claim.status === "PENDING" && last?.toStatus === "PENDING" ? last : null;
}
