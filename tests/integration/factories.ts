// Test data that isolates: every call makes new rows with unique emails and bodies, so test
// files can share one database and run in parallel without resets.
import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/identity";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/users/mutations";
import { importArticle } from "@/lib/articles/mutations";

export const TEST_PASSWORD = "correct horse battery";

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export async function makeUser(role: Role, overrides: { name?: string } = {}): Promise<CurrentUser> {
  const suffix = uniqueSuffix();
  const user = await createUser(
    null,
    {
      email: `${role.toLowerCase()}-${suffix}@test.local`,
      name: overrides.name ?? `${role} ${suffix}`,
      role,
      password: TEST_PASSWORD,
    },
    { viaCli: true },
  );
  return { id: user.id, email: user.email, name: user.name, role: user.role, active: user.active, timeZone: null, locale: null };
}

export const SAMPLE_BODY = [
  "Officials said 1,200 people were evacuated from the city of Homs on Tuesday.",
  "The health ministry reported 97.29% vaccination coverage in Damascus in 2023.",
  "Rebel forces captured the airport near Hama and attacked two army checkpoints.",
].join("\n\n");

/** An article with extracted claims; the body is made unique so it never collides with another test's. */
export async function makeArticle(editor: CurrentUser, body = SAMPLE_BODY) {
  return importArticle(editor, { title: `Test article ${uniqueSuffix()}`, body: `${body}\n\nRef ${uniqueSuffix()}.` });
}

/** Assigns a claim to a reviewer directly (the assignment workflow has its own tests). */
export async function assignDirectly(claimId: string, reviewerId: string, assignedById: string) {
  return db.assignment.create({ data: { claimId, reviewerId, assignedById } });
}
