// The public fact-check page and the ClaimReview feed show published verdicts only: for every
// state a claim can be in, nothing unpublished (no verdict, rationale, comment or person) leaks.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/api/v1/claimreview/route";
import type { CurrentUser } from "@/lib/auth/identity";
import { addComment } from "@/lib/comments/mutations";
import { db } from "@/lib/db/client";
import { publishArticle } from "@/lib/publishing/mutations";
import { publicFactCheck, publicPagesEnabled } from "@/lib/publishing/data";
import { setPublicPages } from "@/lib/publishing/settings";
import { approveClaim, sendBackClaim } from "@/lib/signoff/mutations";
import { createApiToken } from "@/lib/tokens/mutations";
import { reopenClaim, setVerdict } from "@/lib/verdicts/mutations";
import { callRoute } from "./api-harness";
import { makeArticle, makeUser, uniqueSuffix } from "./factories";

const BODY = [
  "Officials said 1,200 people were evacuated from the city of Homs on Tuesday.",
  "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
  "Rebel forces captured the airport near Hama and attacked two army checkpoints.",
  "The governor said 40 schools reopened in Aleppo last week.",
  "The UN counted 3,000 displaced families in Idlib by Friday.",
  "Police said 15 people were arrested at the border crossing on Monday.",
].join("\n\n");

const version = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
const verdict = async (actor: CurrentUser, claimId: string, rationale: string) =>
  setVerdict(actor, claimId, { status: "UNVERIFIED", rationale, version: await version(claimId) });

describe("the public page and the feed never leak unpublished work", () => {
  let editor: CurrentUser;
  let otherEditor: CurrentUser;
  let admin: CurrentUser;
  let bearer: string;
  beforeAll(async () => {
    [editor, otherEditor, admin] = await Promise.all([makeUser("EDITOR"), makeUser("EDITOR", { name: `Other ${uniqueSuffix()}` }), makeUser("ADMIN")]);
    bearer = (await createApiToken(editor, { name: "feed" })).token;
  });

  it("shows, for each claim state, only what was published", async () => {
    const tag = uniqueSuffix();
    const { article, claims } = await makeArticle(editor, BODY);
    const [published, awaiting, sentBack, excludedApproved, reopenedPublished, untouched, ...rest] = claims;
    const secret = (what: string) => `SECRET ${what} ${tag} rationale.`;

    // Published, then reopened and given a new verdict still awaiting sign-off: the public sees the old one.
    for (const claim of [published, reopenedPublished, excludedApproved]) {
      await verdict(admin, claim.id, `PUBLIC verdict of C${claim.number} ${tag}.`);
      await approveClaim(otherEditor, claim.id, {});
    }
    await verdict(admin, awaiting.id, secret("awaiting"));
    await verdict(admin, sentBack.id, secret("sent-back"));
    await sendBackClaim(editor, sentBack.id, { comment: secret("send-back comment") });
    await addComment(editor, published.id, { body: secret("comment") });
    await publishArticle(editor, article.id, {
      url: `https://fc.example/${tag}`,
      exclude: [awaiting, sentBack, excludedApproved, untouched, ...rest].map((claim) => claim.number),
    });
    await reopenClaim(editor, reopenedPublished.id, { reason: secret("reopen reason"), version: await version(reopenedPublished.id) });
    await verdict(admin, reopenedPublished.id, secret("new verdict awaiting"));

    // An approved claim of an article nobody published.
    const other = await makeArticle(editor, BODY);
    await verdict(admin, other.claims[0].id, secret("approved, unpublished article"));
    await approveClaim(editor, other.claims[0].id, {});

    const page = await publicFactCheck(article.id);
    expect(page?.claims.map((claim) => claim.number)).toEqual([published.number, reopenedPublished.number].sort((a, b) => a - b));
    expect(await publicFactCheck(other.article.id)).toBeNull();

    const feed: { url: string }[] = [];
    let cursor: string | null = null;
    do {
      const answer = await callRoute(feedRoute, { method: "GET", url: `/api/v1/claimreview?limit=200${cursor ? `&cursor=${cursor}` : ""}`, token: bearer });
      const body = answer.body as { items: { url: string }[]; next: string | null };
      feed.push(...body.items);
      cursor = body.next;
    } while (cursor);
    const ours = feed.filter((item) => item.url.startsWith(`https://fc.example/${tag}#`));
    expect(ours.map((item) => item.url).sort()).toEqual([`https://fc.example/${tag}#c${published.number}`, `https://fc.example/${tag}#c${reopenedPublished.number}`].sort());

    const everything = JSON.stringify({ page, feed });
    expect(everything).not.toContain("SECRET");
    for (const person of [editor, otherEditor, admin]) {
      expect(everything).not.toContain(person.name);
      expect(everything).not.toContain(person.email);
    }
    expect(everything).toContain(`PUBLIC verdict of C${reopenedPublished.number} ${tag}.`);
  });

  it("is off until an admin turns it on, and only admins may", async () => {
    await expect(setPublicPages(editor, { enabled: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setPublicPages(admin, { enabled: true });
    expect(await publicPagesEnabled()).toBe(true);
    await setPublicPages(admin, { enabled: false });
    expect(await publicPagesEnabled()).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "settings.public_pages", actorId: admin.id } })).toBe(2);
  });
});
