// Carrying out a sign-in through the identity provider: find or create the account, link it to
// the provider's subject, record the audit event, open a browser session marked as single sign-on.
import "server-only";
import { createBrowserSession } from "@/lib/auth/identity";
import { recordAudit } from "@/lib/audit/record";
import type { DbTransaction } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { decideSsoSignIn, type SsoCandidate, type SsoIdentity, type SsoRefusal } from "./decide";
import type { SsoSettings } from "./settings";

export type SsoSignInResult =
  | { ok: true; userId: string; email: string; name: string; sid: string; created: boolean }
  | { ok: false; reason: SsoRefusal };

/** Account rows name the provider by its issuer, so a change of provider never matches old subjects. */
const linkProvider = (issuer: string) => issuer.replace(/\/+$/, "");

async function candidate(
  tx: DbTransaction,
  where: { id: string } | { email: string },
  provider: string,
): Promise<SsoCandidate | null> {
  const user =
    "id" in where
      ? await tx.user.findUnique({ where: { id: where.id }, select: { id: true, active: true } })
      : await tx.user.findFirst({
          where: { email: { equals: where.email, mode: "insensitive" } },
          select: { id: true, active: true },
        });
  if (!user) return null;
  const link = await tx.account.findFirst({
    where: { userId: user.id, provider },
    select: { providerAccountId: true },
  });
  return { ...user, linkedSubject: link?.providerAccountId ?? null };
}

/**
 * Signs the person the provider vouched for in, or says why not (decide.ts). One transaction,
 * under a lock on the address, so two first sign-ins at once create one account.
 */
export async function signInWithSso(
  identity: SsoIdentity,
  settings: SsoSettings,
  meta: { userAgent?: string; ipAddress?: string },
): Promise<SsoSignInResult> {
  const provider = linkProvider(settings.issuer);
  const outcome = await writeTransaction(async (tx) => {
    if (identity.email)
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`claimledger-sso:${identity.email}`}))`;
    const link = await tx.account.findUnique({
      where: { provider_providerAccountId: { provider, providerAccountId: identity.subject } },
      select: { userId: true },
    });
    const linked = link ? await candidate(tx, { id: link.userId }, provider) : null;
    const byEmail = !linked && identity.email ? await candidate(tx, { email: identity.email }, provider) : null;
    const decision = decideSsoSignIn({ identity, settings, linked, byEmail });
    if (decision.kind === "refuse") return { ok: false as const, reason: decision.reason };

    let userId: string;
    let linkNow: boolean;
    if (decision.kind === "create") {
      const user = await tx.user.create({
        data: { email: decision.email, name: decision.name, role: decision.role, emailVerified: new Date() },
        select: { id: true },
      });
      userId = user.id;
      linkNow = true;
      await recordAudit(tx, {
        actorId: null,
        action: "user.sso_created",
        entityType: "User",
        entityId: userId,
        after: { email: decision.email, name: decision.name, role: decision.role, issuer: provider },
      });
    } else {
      userId = decision.userId;
      linkNow = decision.link;
    }
    if (linkNow)
      await tx.account.create({ data: { userId, type: "oidc", provider, providerAccountId: identity.subject } });
    await recordAudit(tx, {
      actorId: userId,
      action: "user.sso_signed_in",
      entityType: "User",
      entityId: userId,
      after: { issuer: provider, linked: linkNow },
    });
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
    return { ok: true as const, userId, ...user, created: decision.kind === "create" };
  });
  if (!outcome.ok) return outcome;
  const sid = await createBrowserSession(outcome.userId, { ...meta, signInMethod: "SSO" });
  return { ...outcome, sid };
}
