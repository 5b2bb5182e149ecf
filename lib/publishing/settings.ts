// The workspace setting that turns the public fact-check pages on (off by default): an admin's
// choice, recorded in the audit log.
import "server-only";
import { assertCan } from "@/lib/access";
import type { Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { writeTransaction } from "@/lib/db/transaction";
import { parseInput } from "@/lib/validation";
import { PUBLIC_PAGES_SETTING } from "./data";
import { publicPagesSchema } from "./schema";

export async function setPublicPages(actor: Actor, input: unknown) {
  assertCan(actor, "publicPage.manage");
  const { enabled } = parseInput(publicPagesSchema, input);
  await writeTransaction(async (tx) => {
    await tx.appSetting.upsert({
      where: { key: PUBLIC_PAGES_SETTING },
      create: { key: PUBLIC_PAGES_SETTING, value: { enabled } },
      update: { value: { enabled } },
    });
    await recordAudit(tx, {
      action: "settings.public_pages",
      entityType: "Setting",
      entityId: PUBLIC_PAGES_SETTING,
      actorId: actor.id,
      after: { enabled },
    });
  });
  return { enabled };
}
