// Shared helpers: sign in through next-auth's API (CSRF token, then the credentials callback),
// which is faster than the form; the form itself has its own test.
import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const DEMO_PASSWORD = "claimledger-demo";
export const DEMO = {
  admin: "admin@claimledger.local",
  editor: "editor@claimledger.local",
  reviewer: "reviewer@claimledger.local",
  reviewer2: "reviewer2@claimledger.local",
} as const;

export async function signInViaApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBeTruthy();
}

/** Signs the browser context in (cookies are shared between context.request and its pages). */
export async function signIn(context: BrowserContext, email: string, password = DEMO_PASSWORD) {
  await signInViaApi(context.request, email, password);
}

export async function signInPage(page: Page, email: string, password = DEMO_PASSWORD) {
  await signIn(page.context(), email, password);
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}@e2e.local`;
}

/** Creates a user as the demo admin through the JSON API and returns its credentials. */
export async function createUserAsAdmin(request: APIRequestContext, role: "ADMIN" | "EDITOR" | "REVIEWER") {
  const email = uniqueEmail(role.toLowerCase());
  const password = "e2e-password-123";
  await signInViaApi(request, DEMO.admin);
  const response = await request.post("/api/v1/users", { data: { email, name: `E2E ${role}`, role, password } });
  expect(response.status()).toBe(201);
  const user = (await response.json()) as { id: string };
  return { id: user.id, email, password };
}
