// Seeds the demo workspace once: four users and the seed article with its extracted claims,
// a few of them assigned to the demo reviewers so every role has something to see.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/transaction";
import { createUser } from "@/lib/users/mutations";
import { importArticle } from "@/lib/articles/mutations";
import { recordAudit } from "@/lib/audit/record";
import { DEMO_ARTICLE, DEMO_PASSWORD, DEMO_USERS } from "./demo-data";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function seedDemoWorkspace(): Promise<{ created: boolean }> {
  const existing = await db.user.findUnique({ where: { email: DEMO_USERS[0].email }, select: { id: true } });
  if (existing) return { created: false };

  const users = [];
  for (const user of DEMO_USERS) {
    users.push(await createUser(null, { ...user, password: DEMO_PASSWORD }, { viaCli: true }));
  }
  const [, editor, reviewer, reviewer2] = users;
  const editorActor = { id: editor.id, role: editor.role, active: true };

  const body = await readFile(fileURLToPath(new URL(DEMO_ARTICLE.bodyFile, import.meta.url)), "utf8");
  const { article, claims } = await importArticle(editorActor, {
    title: DEMO_ARTICLE.title,
    publisher: DEMO_ARTICLE.publisher,
    publishedAt: DEMO_ARTICLE.publishedAt,
    body,
  });

  // The first claims go to the two reviewers, alternating, due over the coming days.
  const toAssign = claims.slice(0, 6);
  await writeTransaction(async (tx) => {
    for (const [index, claim] of toAssign.entries()) {
      const assignee = index % 2 === 0 ? reviewer : reviewer2;
      const assignment = await tx.assignment.create({
        data: {
          claimId: claim.id,
          reviewerId: assignee.id,
          assignedById: editor.id,
          dueAt: new Date(Date.now() + (index + 1) * DAY_MS),
          note: index === 0 ? "Check against the agency wires first." : null,
        },
      });
      await recordAudit(tx, {
        actorId: editor.id,
        action: "assignment.created",
        entityType: "Assignment",
        entityId: assignment.id,
        after: { claimId: claim.id, reviewerId: assignee.id, articleId: article.id },
      });
    }
  });
  return { created: true };
}
