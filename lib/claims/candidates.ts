// Candidates below the line (issue 12): what extraction scored under the threshold in an article,
// for an editor to look through and promote with a click, so that the threshold never hides a
// claim for good. Found again from the stored body each time (extraction is deterministic and the
// body never changes), minus every span a claim already covers, live or deleted (a deleted claim
// was an editor's decision).
import "server-only";
import { assertCan } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { extractWithCandidatesOffLoop } from "@/lib/compute";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { encodeCursor, type Page, type PageQuery } from "@/lib/pagination";
import { parseInput } from "@/lib/validation";
import { addClaim } from "./additions";
import { promoteCandidateSchema } from "./schema";

export interface ClaimCandidate {
  start: number;
  end: number;
  text: string;
  statement: string;
  score: number;
  reasons: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export async function listCandidates(actor: Actor, articleId: unknown): Promise<ClaimCandidate[]> {
  assertCan(actor, "claim.curate");
  const id = assertId(articleId, "article");
  const article = await db.article.findUnique({
    where: { id },
    select: { body: true, claims: { select: { start: true, end: true } } },
  });
  if (!article) throw notFound("The article");
  const { belowThreshold } = await extractWithCandidatesOffLoop(article.body);
  return belowThreshold
    .filter((candidate) => !article.claims.some((claim) => overlaps(claim, candidate)))
    .map(({ start, end, text, statement, score, reasons }) => ({ start, end, text, statement, score, reasons }))
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

/**
 * The API's page of candidates: in reading order (by where they start in the text, which is
 * unique among them and fixed, since the body never changes), after the cursor's position.
 */
export async function listCandidatesPage(
  actor: Actor,
  articleId: unknown,
  query: PageQuery,
): Promise<Page<ClaimCandidate>> {
  const after = query.after === undefined ? -1 : Number(query.after);
  const inOrder = (await listCandidates(actor, articleId)).sort((a, b) => a.start - b.start);
  const rows = inOrder.filter((candidate) => candidate.start > after).slice(0, query.limit + 1);
  const items = rows.slice(0, query.limit);
  return { items, next: rows.length > query.limit ? encodeCursor(String(items[items.length - 1].start)) : null };
}

/**
 * Makes a candidate a claim, with its score and reasons: the same checks as adding a claim from
 * a selection (span, overlap, finalized article), and a CONFLICT when the span is no longer a
 * candidate (a claim covers it now).
 */
export async function promoteCandidate(actor: Actor, articleId: unknown, input: unknown) {
  const { start, end } = parseInput(promoteCandidateSchema, input);
  const candidate = (await listCandidates(actor, articleId)).find((c) => c.start === start && c.end === end);
  if (!candidate) {
    throw new AppError("CONFLICT", "That text is no longer a candidate: a claim covers it now. Reload the page.");
  }
  const { text, score, reasons } = candidate;
  return addClaim(actor, assertId(articleId, "article"), { start, end, text }, { score, reasons });
}
