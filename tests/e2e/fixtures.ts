// Shared helpers: sign in through next-auth's API (CSRF token, then the credentials callback),
// which is faster than the form; the form itself has its own test.
import {
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "@playwright/test";
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

/** Creates a user as the demo admin through the JSON API and returns its credentials (the request is now the admin). */
export async function createUserAsAdmin(
  request: APIRequestContext,
  role: "ADMIN" | "EDITOR" | "REVIEWER",
  name = `E2E ${role}`,
) {
  const email = uniqueEmail(role.toLowerCase());
  const password = "e2e-password-123";
  await signInViaApi(request, DEMO.admin);
  const response = await request.post("/api/v1/users", { data: { email, name, role, password } });
  expect(response.status()).toBe(201);
  const user = (await response.json()) as { id: string };
  return { id: user.id, email, name, password };
}

/** The part of an email before "@", which is how comments @mention someone. */
export const mentionName = (email: string) => email.split("@")[0];

export interface ImportedClaim {
  id: string;
  number: number;
  /** The quote at the anchor. */
  text: string;
  /** What the pages show: the quote, or with its subject or attribution restored. */
  statement: string;
}

/** As the demo editor: imports an article (the request is now the editor). */
export async function importArticle(request: APIRequestContext, title: string, body: string) {
  await signInViaApi(request, DEMO.editor);
  const created = await request.post("/api/v1/articles", { data: { title, body } });
  expect(created.status()).toBe(201);
  const { article, claims } = (await created.json()) as { article: { id: string }; claims: ImportedClaim[] };
  return { articleId: article.id, claims };
}

/**
 * As the demo editor: a fresh article (unique body, two claims) whose first claim is assigned to
 * the reviewer through the API. The request is now the editor.
 */
export async function articleAssignedTo(request: APIRequestContext, reviewerEmail: string) {
  const tag = randomUUID().slice(0, 8);
  const { articleId, claims } = await importArticle(
    request,
    `Review E2E ${tag}`,
    `Officials said 1,200 people were evacuated from the city of Homs on Tuesday ${tag}.\n\nThe health ministry reported 97.29% vaccination coverage in Damascus in 2023.`,
  );
  expect(claims).toHaveLength(2);
  const claim = claims[0];
  const assigned = await request.post(`/api/v1/claims/${claim.id}/assignments`, {
    data: { reviewerEmail, dueAt: "2030-01-01", note: "E2E check" },
  });
  expect(assigned.status()).toBe(201);
  return { ...claim, articleId, tag, other: claims[1] };
}

/** A new browser context signed in as this user, with one page. Close the context when done. */
export async function signedInPage(browser: Browser, email: string, password = DEMO_PASSWORD) {
  const context = await browser.newContext();
  await signIn(context, email, password);
  return { context, page: await context.newPage() };
}

/** Selects the first occurrence of `text` inside the article body, as a user dragging over it would. */
export async function selectInArticle(page: Page, text: string) {
  // The selection tool listens for selection changes once the page's script has run: a
  // selection made before that (a busy machine, a slow phone) is never offered.
  await page.waitForLoadState("networkidle");
  await page.evaluate((wanted) => {
    const root = document.getElementById("article-body");
    if (!root) throw new Error("no article body");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in a single text node of the article`);
  }, text);
}

/** Clicks (as a mouse or a finger would) on the `nth` character of `word` inside `within`. */
export async function clickInText(page: Page, within: Locator, word: string, nth = 1) {
  await within.scrollIntoViewIfNeeded();
  const point = await within.evaluate(
    (element, [wanted, index]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf(wanted as string) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + (index as number));
        range.setEnd(node, at + (index as number) + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + 1, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [word, nth] as const,
  );
  if (!point) throw new Error(`"${word}" is not in the element`);
  await page.mouse.click(point.x, point.y);
}

/**
 * A web server on the 127.0.0.1 port the app may fetch from (scripts/run-e2e.ts allows it), for
 * pages a test needs "outside": an article to import by URL, a source to snapshot.
 */
export async function outsidePages(pages: Record<string, { type?: string; body: string }>) {
  // This worker's own port (scripts/run-e2e.ts allows one per worker): a worker runs one test at
  // a time, so the specs that serve pages never contend for it.
  const ports = (process.env.E2E_SOURCE_PORTS ?? "").split(",").filter(Boolean).map(Number);
  const port = ports[Number(process.env.TEST_PARALLEL_INDEX ?? 0)];
  if (!port) throw new Error("E2E_SOURCE_PORTS is not set for this worker: run the end-to-end tests with `npm run test:e2e`.");
  const { createServer } = await import("node:http");
  const server = createServer((request, response) => {
    const page = pages[request.url ?? ""];
    if (!page) return response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    response.writeHead(200, { "content-type": page.type ?? "text/html; charset=utf-8" }).end(page.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
