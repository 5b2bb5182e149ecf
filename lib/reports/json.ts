// The JSON archive (docs/report-schema.json) and the ClaimReview file, written as a stream of
// text chunks: the envelope first, then each article's claims batch by batch, so an article of
// any size never sits in memory as one object. Pure apart from iterating what it is given.
import { claimReviewFor } from "./claimreview";
import type { ArticleReportSource, ReportContext, SerialisedArticleSource } from "./model";

// 2: claims carry their permanent number and claimant; PENDING (not yet reviewed) joined the
// statuses and UNVERIFIED became a verdict. An archive of version 1 reads UNVERIFIED as PENDING.
// 3: articles carry their text's `revision`, claims their `anchor` (state, and the revision their
// offsets refer to: an orphan's are in the revision it was last found in; docs/revisions.md).
export const REPORT_SCHEMA_VERSION = 3;

/** An object's JSON without its closing brace, so more members can follow. */
function openObject(value: object): string {
  const text = JSON.stringify(value);
  return text === "{}" ? "{" : `${text.slice(0, -1)},`;
}

/** Each claim's JSON, from a source that read it as JSON (archive-data.ts) or as objects. */
async function* claimJsonBatches(source: ArticleReportSource | SerialisedArticleSource): AsyncGenerator<string[]> {
  if ("claimJson" in source) {
    yield* source.claimJson();
    return;
  }
  for await (const batch of source.claimBatches()) yield batch.map((claim) => JSON.stringify(claim));
}

export async function* renderJson(context: ReportContext, sources: AsyncIterable<ArticleReportSource | SerialisedArticleSource>): AsyncGenerator<string> {
  yield openObject({
    $schema: "https://claimledger.local/docs/report-schema.json",
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: context.generatedAt,
    generatedBy: context.generatedBy,
    scope: context.scope,
  });
  yield '"articles":[';
  let firstArticle = true;
  for await (const source of sources) {
    yield `${firstArticle ? "" : ","}${openObject(source.article)}"claims":[`;
    firstArticle = false;
    let firstClaim = true;
    for await (const batch of claimJsonBatches(source)) {
      // Claim by claim: the text stream joins them into its pieces (one copy, not two).
      for (const json of batch) {
        yield firstClaim ? json : `,${json}`;
        firstClaim = false;
      }
    }
    yield "]}";
  }
  yield "]}\n";
}

/** A JSON-LD array of ClaimReview objects, one per claim with a verdict in force (none for claims not yet reviewed). */
export async function* renderClaimReviews(context: ReportContext, sources: AsyncIterable<ArticleReportSource>): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const { article, claimBatches } of sources) {
    for await (const batch of claimBatches()) {
      for (const claim of batch) {
        const review = claimReviewFor(article, claim, context);
        if (!review) continue;
        yield `${first ? "\n" : ",\n"}${JSON.stringify(review)}`;
        first = false;
      }
    }
  }
  yield "\n]\n";
}
