// What the article page's curation forms show before the editor confirms: the wording to edit,
// the quote to split, the two quotes and the text between them for a merge. Asked for when the
// editor opens one of them (lib/review/curation-preview.ts), so the page does not carry every
// claim's texts in its controls. The input schema is shared by the controls and the server
// action; the gap rule is pure. Browser-safe.
import { z } from "zod";
import { idSchema } from "@/lib/schemas";
import { deleteClaimSchema } from "./schema";

/** The version field of every curation input (same messages). */
const version = deleteClaimSchema.shape.version;

/** The claim (and, for a merge, the next one) as the page showed them: a preview of anything newer is refused. */
export const curationPreviewSchema = z.object({
  version,
  next: z.object({ id: idSchema, version }).nullable().default(null),
});
export type CurationPreviewInput = z.input<typeof curationPreviewSchema>;

export interface CurationPreview {
  claim: {
    id: string;
    number: number;
    version: number;
    /** The wording a reviewer reads (what "Edit wording" starts from). */
    statement: string;
    /** The quote at the anchor and its offset in the body: a split points into it. */
    quote: string;
    start: number;
  };
  /** Only when the input named the next claim (a merge preview). */
  next: {
    id: string;
    number: number;
    version: number;
    quote: string;
    /** The article text between the two quotes, shortened when long (gapBetween). */
    gap: string;
  } | null;
}

/** A long stretch between two claims keeps this many characters, half from each end. */
export const GAP_CHARS = 240;

/** Text between two claims, as a merge would take it in; a long stretch keeps its two ends. */
export function gapBetween(body: string, end: number, nextStart: number | undefined): string {
  if (nextStart === undefined || nextStart <= end) return " ";
  const gap = body.slice(end, nextStart);
  return gap.length > GAP_CHARS ? `${gap.slice(0, GAP_CHARS / 2)} … ${gap.slice(gap.length - GAP_CHARS / 2)}` : gap;
}
