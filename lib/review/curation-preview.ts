// The texts behind one claim card's curation forms on the article page (the wording to edit, the
// quote to split, the merge preview), read when the editor opens one of them. The page itself
// sends each card only ids, versions and work flags. Editors and admins only ("claim.curate",
// through lib/access); the claim must still be as the page showed it.
import "server-only";
import { assertCan, claimAccessOf } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { curationTexts } from "@/lib/claims/data";
import { curationPreviewSchema, gapBetween, type CurationPreview } from "@/lib/claims/preview";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { assertId } from "@/lib/schemas";
import { parseInput } from "@/lib/validation";
import { claimLabel } from "@/lib/workflow/states";

/** The same words the undo uses for a claim that moved on (translated in the server catalogs). */
const changed = (number: number) =>
  new AppError("CONFLICT", `${claimLabel({ number })} has changed since; reload the page.`);

/**
 * NOT_FOUND for a missing or deleted claim, then FORBIDDEN for anyone who may not curate, then
 * CONFLICT when the claim (or the next one, for a merge) is no longer the version the page
 * showed, or the next claim is no longer next to it.
 */
export async function getCurationPreview(actor: Actor, claimId: unknown, input: unknown): Promise<CurationPreview> {
  const id = assertId(claimId, "claimId");
  const data = parseInput(curationPreviewSchema, input);
  const row = await curationTexts(db, actor, id, { withNext: data.next !== null });
  if (!row) throw notFound("The claim");
  assertCan(actor, "claim.curate", claimAccessOf(row).facts);
  if (row.version !== data.version) throw changed(row.number);
  const claim = {
    id: row.id,
    number: row.number,
    version: row.version,
    statement: row.statement,
    quote: row.text,
    start: row.start,
  };
  if (!data.next) return { claim, next: null };
  const next = row.next;
  if (!next || next.id !== data.next.id) {
    throw new AppError("CONFLICT", "These claims are no longer next to each other. Reload the page and try again.");
  }
  if (next.version !== data.next.version) throw changed(next.number);
  return {
    claim,
    next: {
      id: next.id,
      number: next.number,
      version: next.version,
      quote: next.text,
      gap: gapBetween(row.body ?? "", row.end, next.start),
    },
  };
}
