// Saving a user's interface language. A display preference of one's own: no permission beyond
// being signed in, and no audit event (it changes how pages read, never what is stored).
import "server-only";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { localeSettingSchema } from "./schema";

export async function setOwnLocale(actor: Pick<CurrentUser, "id">, input: unknown): Promise<{ locale: string | null }> {
  const { locale } = parseInput(localeSettingSchema, input);
  await db.user.update({ where: { id: actor.id }, data: { locale }, select: { id: true } });
  return { locale };
}
