// The access module gives one rule two shapes: facts for one claim or article (decided by can())
// and filters for lists (Prisma and SQL). Across every relation a reviewer can have to a claim,
// the shapes must agree: a row is listed exactly when the single-row check allows it.
import { beforeAll, describe, expect, it } from "vitest";
import { articleFacts, articlesSql, articlesWhere, claimAccess, claimsWhere } from "@/lib/access";
import { can, type Action, type Actor } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import { assignDirectly, makeArticle, makeUser } from "./factories";

type User = Awaited<ReturnType<typeof makeUser>>;
let actors: Record<string, User>;
let claimIds: string[];
let articleIds: string[];

beforeAll(async () => {
  const editor = await makeUser("EDITOR");
  const [first, second, third] = await Promise.all([makeArticle(editor), makeArticle(editor), makeArticle(editor)]);
  const names = [
    "open",
    "completed",
    "unassigned",
    "finalizedAway",
    "consulted",
    "consultationEnded",
    "deletedClaim",
    "nobody",
  ];
  const users = await Promise.all(names.map(() => makeUser("REVIEWER")));
  actors = Object.fromEntries(names.map((name, index) => [name, users[index]]));
  actors.editor = editor;
  actors.admin = await makeUser("ADMIN");
  const [a0, a1] = first.claims;
  const [b0] = second.claims;
  const state = async (claimId: string, reviewer: User, data: Prisma.AssignmentUncheckedUpdateInput) => {
    const assignment = await assignDirectly(claimId, reviewer.id, editor.id);
    await db.assignment.update({ where: { id: assignment.id }, data });
  };
  await assignDirectly(a0.id, actors.open.id, editor.id);
  await state(a1.id, actors.completed, { state: "COMPLETED", closeReason: "VERDICT", closedAt: new Date() });
  await state(a0.id, actors.unassigned, { state: "CANCELLED", closeReason: "UNASSIGNED", closedAt: new Date() });
  await state(b0.id, actors.finalizedAway, { state: "CANCELLED", closeReason: "FINALIZED", closedAt: new Date() });
  await db.consultation.create({ data: { claimId: a1.id, userId: actors.consulted.id, invitedById: editor.id } });
  await db.consultation.create({
    data: {
      claimId: a1.id,
      userId: actors.consultationEnded.id,
      invitedById: editor.id,
      endedAt: new Date(),
      endedById: editor.id,
    },
  });
  const deleted = third.claims[0];
  await assignDirectly(deleted.id, actors.deletedClaim.id, editor.id);
  await db.claim.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  claimIds = [first, second, third].flatMap((article) => article.claims.map((claim) => claim.id));
  articleIds = [first, second, third].map((article) => article.article.id);
});

async function listedClaims(actor: Actor, action: Action) {
  const rows = await db.claim.findMany({
    where: { AND: [{ id: { in: claimIds }, deletedAt: null }, claimsWhere(actor, action)] },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

async function allowedClaims(actor: Actor, action: Action) {
  const allowed = new Set<string>();
  for (const id of claimIds) {
    const access = await claimAccess(db, actor, id).catch(() => null);
    if (access && can(actor, action, access.facts)) allowed.add(id);
  }
  return allowed;
}

describe("the access rule in both shapes", () => {
  for (const action of ["claim.read", "claim.verdict", "evidence.write", "comment.write"] as Action[]) {
    it(`${action}: the claim filter lists exactly the claims the single-claim check allows, for every relation`, async () => {
      for (const [name, actor] of Object.entries(actors)) {
        expect([...(await listedClaims(actor, action))].sort(), `${name} ${action}`).toEqual(
          [...(await allowedClaims(actor, action))].sort(),
        );
      }
    });
  }

  it("article.read: the Prisma filter, the SQL filter and the single-article check agree", async () => {
    for (const [name, actor] of Object.entries(actors)) {
      const prisma = (
        await db.article.findMany({
          where: { AND: [{ id: { in: articleIds } }, articlesWhere(actor)] },
          select: { id: true },
        })
      ).map((row) => row.id);
      const sql = (
        await db.$queryRaw<
          { id: string }[]
        >`SELECT a.id FROM "Article" a WHERE a.id = ANY(${articleIds}) AND ${articlesSql(actor)}`
      ).map((row) => row.id);
      const checked: string[] = [];
      for (const id of articleIds) if (can(actor, "article.read", await articleFacts(db, actor, id))) checked.push(id);
      expect(prisma.sort(), `${name} prisma`).toEqual(checked.sort());
      expect(sql.sort(), `${name} sql`).toEqual(checked.sort());
    }
  });

  it("grants what each relation should: a spot check of the outcomes themselves", async () => {
    const read = async (name: string) => (await listedClaims(actors[name], "claim.read")).size;
    expect(await read("nobody")).toBe(0);
    expect(await read("unassigned")).toBe(0);
    expect(await read("consultationEnded")).toBe(0);
    expect(await read("deletedClaim")).toBe(0);
    expect(await read("consulted")).toBe(1);
    expect(await read("open")).toBeGreaterThan(1); // every claim of the article they review
    expect(await read("finalizedAway")).toBeGreaterThan(0); // keeps reading what they worked on
    expect((await listedClaims(actors.consulted, "claim.verdict")).size).toBe(0);
    expect((await listedClaims(actors.open, "claim.verdict")).size).toBe(1);
    expect((await listedClaims(actors.editor, "claim.read")).size).toBe(claimIds.length - 1);
  });
});
