// What a delivery's body says (docs/webhooks.md has an example of each event):
//   { id, event, occurredAt, data }
// `id` names the delivery of this event to this endpoint and stays the same on every retry, so a
// receiver can drop a duplicate. `data` carries ids, the words a person would want in a chat
// message, and links into the app. Pure.
import { randomUUID } from "node:crypto";
import type { DeliveredEvent } from "./events";

export interface WebhookPayload {
  id: string;
  event: DeliveredEvent;
  /** ISO 8601, UTC. */
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface PersonRef {
  id: string;
  name: string;
}

export function buildPayload(event: DeliveredEvent, data: Record<string, unknown>, occurredAt: Date): WebhookPayload {
  return { id: randomUUID(), event, occurredAt: occurredAt.toISOString(), data };
}

export const articleUrl = (base: string, articleId: string) => `${base}/articles/${articleId}`;
export const claimUrl = (base: string, articleId: string, number: number) =>
  `${base}/articles/${articleId}/claims/${number}`;

/** An article as every event names it: id, title and its page in the app. */
const articleRef = (base: string, article: { id: string; title: string }) => ({
  id: article.id,
  title: article.title,
  url: articleUrl(base, article.id),
});

/** A claim as every event names it: id, number, label C7, statement and its page in the app. */
const claimRef = (base: string, articleId: string, claim: { id: string; number: number; statement: string }) => ({
  id: claim.id,
  number: claim.number,
  label: `C${claim.number}`,
  statement: claim.statement,
  url: claimUrl(base, articleId, claim.number),
});

export interface ImportedArticle {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  language: string;
  claims: number;
  importedBy: PersonRef;
}

export function articleImportedData(article: ImportedArticle, base: string) {
  return {
    article: {
      id: article.id,
      title: article.title,
      sourceUrl: article.url,
      publisher: article.publisher,
      language: article.language,
      claims: article.claims,
      url: articleUrl(base, article.id),
    },
    importedBy: article.importedBy,
  };
}

export interface VerdictFacts {
  article: { id: string; title: string };
  claim: { id: string; number: number; statement: string; claimant: string | null };
  verdict: string;
  previousStatus: string;
  rationale: string;
  reviewer: PersonRef;
}

export function claimVerdictData(facts: VerdictFacts, base: string) {
  return {
    article: articleRef(base, facts.article),
    claim: { ...claimRef(base, facts.article.id, facts.claim), claimant: facts.claim.claimant },
    verdict: facts.verdict,
    previousStatus: facts.previousStatus,
    rationale: facts.rationale,
    reviewer: facts.reviewer,
  };
}

/** claim.signed_off: an editor approved the verdict in force, or sent it back with a comment (docs/signoff.md). */
export function claimSignedOffData(facts: VerdictFacts, decision: "approved" | "sent_back", base: string) {
  const { article, claim } = claimVerdictData(facts, base);
  return {
    article,
    claim,
    decision,
    // The verdict signed off: an approval keeps it, a send-back leaves it (the claim is not yet reviewed again).
    verdict: facts.previousStatus,
    comment: decision === "sent_back" ? facts.rationale : null,
    signedOffBy: facts.reviewer,
  };
}

export interface PublishedArticleFacts {
  article: { id: string; title: string };
  publication: { url: string; publishedAt: Date; modifiedAt: Date | null };
  claims: { claimId: string; number: number; status: string; ratingLabel: string | null }[];
  publishedBy: PersonRef;
}

/** article.published: the fact-check's public address and every claim published under it (docs/signoff.md). */
export function articlePublishedData(facts: PublishedArticleFacts, base: string) {
  return {
    article: articleRef(base, facts.article),
    publication: {
      url: facts.publication.url,
      publishedAt: facts.publication.publishedAt.toISOString(),
      modifiedAt: facts.publication.modifiedAt?.toISOString() ?? null,
    },
    claims: facts.claims.map((claim) => ({
      id: claim.claimId,
      number: claim.number,
      label: `C${claim.number}`,
      publicUrl: `${facts.publication.url}#c${claim.number}`,
      verdict: claim.status,
      ratingLabel: claim.ratingLabel,
    })),
    publishedBy: facts.publishedBy,
  };
}

export interface CorrectionFacts {
  id: string;
  article: { id: string; title: string };
  claim: { id: string; number: number; statement: string };
  publicationUrl: string | null;
  fromStatus: string;
  toStatus: string;
  fromRatingLabel: string | null;
  toRatingLabel: string | null;
  reason: string;
  approvedBy: PersonRef;
}

/** claim.corrected: a published verdict changed, openly (what, why, who approved it). */
export function claimCorrectedData(facts: CorrectionFacts, base: string) {
  return {
    article: articleRef(base, facts.article),
    claim: {
      ...claimRef(base, facts.article.id, facts.claim),
      publicUrl: facts.publicationUrl ? `${facts.publicationUrl}#c${facts.claim.number}` : null,
    },
    correction: {
      id: facts.id,
      from: { verdict: facts.fromStatus, ratingLabel: facts.fromRatingLabel },
      to: { verdict: facts.toStatus, ratingLabel: facts.toRatingLabel },
      reason: facts.reason,
    },
    approvedBy: facts.approvedBy,
  };
}

export function testEventData(endpoint: { id: string; url: string }, requestedBy: PersonRef) {
  return {
    message: "A test event from ClaimLedger: this endpoint is reachable and its signature checks out.",
    endpoint,
    requestedBy,
  };
}
