import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-data";

/**
 * The active demo accounts that still sign in with the password the README publishes. While
 * there is one, this is a demo: `npm start` says so loudly and the app shows a banner.
 */
export async function accountsWithPublishedPassword(): Promise<string[]> {
  const users = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) }, active: true },
    select: { email: true, passwordHash: true },
  });
  const published = await Promise.all(
    users.map((user) => (user.passwordHash ? verifyPassword(user.passwordHash, DEMO_PASSWORD) : false)),
  );
  return users.filter((_, index) => published[index]).map((user) => user.email);
}

/** Whether this is one of the seeded demo accounts (whose seeded work it did not do itself). */
export function isDemoAccount(email: string): boolean {
  return DEMO_USERS.some((user) => user.email === email);
}
