// Reads of webhook endpoints and their delivery log (admins), and the facts an event's payload
// is built from. The secret itself is never read here except by secretOf, for signing.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";
import { prismaPageArgs, toPage, type PageQuery } from "@/lib/pagination";
import { assertId } from "@/lib/schemas";
import type { WebhookEvent } from "./events";
import { openSecret } from "./secret-box";

export function requireWebhookManager(actor: Actor) {
  if (!can(actor, "webhook.manage")) throw forbidden("Only admins manage webhooks.");
}

export const endpointSelect = {
  id: true,
  url: true,
  events: true,
  secretHint: true,
  enabled: true,
  disabledAt: true,
  disabledReason: true,
  failingSince: true,
  lastDeliveryAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const deliverySelect = {
  id: true,
  deliveryId: true,
  event: true,
  attempt: true,
  status: true,
  ok: true,
  durationMs: true,
  responseExcerpt: true,
  createdAt: true,
} as const;

/** An endpoint as screens and the API show it: with its last attempt and failures in a row. */
async function withStatus<T extends { id: string; failingSince: Date | null }>(rows: T[]) {
  if (!rows.length) return [];
  const ids = rows.map((row) => row.id);
  const [last, failing] = await Promise.all([
    db.webhookDelivery.findMany({
      where: { endpointId: { in: ids } },
      distinct: ["endpointId"],
      orderBy: [{ endpointId: "asc" }, { createdAt: "desc" }],
      select: { endpointId: true, ...deliverySelect },
    }),
    // Attempts that failed since the last success: what "failing since" counts.
    Promise.all(
      rows.map((row) =>
        row.failingSince
          ? db.webhookDelivery.count({ where: { endpointId: row.id, ok: false, createdAt: { gte: row.failingSince } } })
          : 0,
      ),
    ),
  ]);
  const lastOf = new Map(last.map(({ endpointId, ...delivery }) => [endpointId, delivery]));
  return rows.map((row, index) => ({
    ...row,
    lastDelivery: lastOf.get(row.id) ?? null,
    failuresInARow: failing[index]!,
  }));
}

export type WebhookEndpointView = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];

/** Every endpoint, newest first (there are a handful). */
export async function listWebhookEndpoints(actor: Actor) {
  requireWebhookManager(actor);
  const rows = await db.webhookEndpoint.findMany({
    select: endpointSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return withStatus(rows);
}

export async function getWebhookEndpoint(actor: Actor, id: unknown) {
  requireWebhookManager(actor);
  const row = await db.webhookEndpoint.findUnique({ where: { id: assertId(id) }, select: endpointSelect });
  if (!row) throw notFound("The webhook endpoint");
  return (await withStatus([row]))[0]!;
}

/** One page of an endpoint's delivery attempts, newest first. */
export async function listWebhookDeliveries(actor: Actor, endpointId: unknown, query: PageQuery) {
  requireWebhookManager(actor);
  const id = assertId(endpointId);
  if (!(await db.webhookEndpoint.count({ where: { id } }))) throw notFound("The webhook endpoint");
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId: id },
    select: deliverySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...prismaPageArgs(query),
  });
  return toPage(rows, query);
}

/** Enabled endpoints that subscribed to the event (for emitting; no actor: the system asks). */
export function subscribedEndpointIds(event: WebhookEvent) {
  return db.webhookEndpoint.findMany({ where: { enabled: true, events: { has: event } }, select: { id: true } });
}

/** What a delivery needs: where, whether it is still on, and the secret in plain text to sign with. */
export async function endpointForDelivery(id: string) {
  const row = await db.webhookEndpoint.findUnique({
    where: { id },
    select: { id: true, url: true, enabled: true, secretCiphertext: true, failingSince: true },
  });
  if (!row) return null;
  const { secretCiphertext, ...rest } = row;
  return { ...rest, secret: openSecret(secretCiphertext) };
}

export function attemptsSoFar(endpointId: string, deliveryId: string) {
  return db.webhookDelivery.count({ where: { endpointId, deliveryId } });
}

/** The facts of an article.imported payload. */
export async function importedArticleFacts(articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      url: true,
      publisher: true,
      language: true,
      importedBy: { select: { id: true, name: true } },
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
  });
  if (!article) return null;
  const { _count, ...rest } = article;
  return { ...rest, claims: _count.claims };
}

/** The facts of a claim.verdict payload: the claim, its article, and the history row just appended. */
export async function verdictFacts(statusChangeId: string) {
  const change = await db.statusChange.findUnique({
    where: { id: statusChangeId },
    select: {
      fromStatus: true,
      toStatus: true,
      rationale: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
      claim: {
        select: {
          id: true,
          number: true,
          statement: true,
          claimant: true,
          article: { select: { id: true, title: true } },
        },
      },
    },
  });
  if (!change) return null;
  const { article, ...claim } = change.claim;
  return {
    occurredAt: change.createdAt,
    facts: {
      article,
      claim,
      verdict: change.toStatus,
      previousStatus: change.fromStatus,
      rationale: change.rationale,
      reviewer: change.actor,
    },
  };
}

/** What article.published says: the publication and the claims public under it now. */
export async function publishedArticleFacts(articleId: string) {
  const publication = await db.articlePublication.findUnique({
    where: { articleId },
    select: {
      url: true,
      publishedAt: true,
      modifiedAt: true,
      publishedBy: { select: { id: true, name: true } },
      article: {
        select: {
          id: true,
          title: true,
          publishedClaims: {
            select: { claimId: true, number: true, status: true, ratingLabel: true },
            orderBy: { number: "asc" },
          },
        },
      },
    },
  });
  if (!publication) return null;
  const { publishedClaims, ...article } = publication.article;
  return {
    occurredAt: publication.modifiedAt ?? publication.publishedAt,
    facts: {
      article,
      publication: { url: publication.url, publishedAt: publication.publishedAt, modifiedAt: publication.modifiedAt },
      claims: publishedClaims,
      publishedBy: publication.publishedBy,
    },
  };
}

/** What claim.corrected says: the Correction row, its claim and article, and the public address. */
export async function correctionFacts(correctionId: string) {
  const row = await db.correction.findUnique({
    where: { id: correctionId },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      fromRatingLabel: true,
      toRatingLabel: true,
      reason: true,
      createdAt: true,
      approvedBy: { select: { id: true, name: true } },
      claim: { select: { id: true, number: true, statement: true } },
      article: { select: { id: true, title: true, publication: { select: { url: true } } } },
    },
  });
  if (!row) return null;
  const { publication, ...article } = row.article;
  return {
    occurredAt: row.createdAt,
    facts: {
      id: row.id,
      article,
      claim: row.claim,
      publicationUrl: publication?.url ?? null,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      fromRatingLabel: row.fromRatingLabel,
      toRatingLabel: row.toRatingLabel,
      reason: row.reason,
      approvedBy: row.approvedBy,
    },
  };
}

/**
 * Who hears that an endpoint was disabled: its admin (the one who registered it), or every active
 * admin when that person is no longer one, so that the news always reaches someone who can act.
 */
export async function endpointAdmins(endpointId: string): Promise<{ id: string; email: string }[]> {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { createdById: true } });
  if (endpoint?.createdById) {
    const owner = await db.user.findFirst({
      where: { id: endpoint.createdById, role: "ADMIN", active: true },
      select: { id: true, email: true },
    });
    if (owner) return [owner];
  }
  return db.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true, email: true } });
}
