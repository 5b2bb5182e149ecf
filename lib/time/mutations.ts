// Saving a user's time zone. A display preference of one's own: no permission beyond being
// signed in, and no audit event (it changes how times are written, never what is stored).
import "server-only";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { timeZoneSettingSchema } from "./schema";

export async function setOwnTimeZone(
  actor: Pick<CurrentUser, "id">,
  input: unknown,
): Promise<{ timeZone: string | null }> {
  const { timeZone } = parseInput(timeZoneSettingSchema, input);
  await db.user.update({ where: { id: actor.id }, data: { timeZone }, select: { id: true } });
  return { timeZone };
}
