// Similar claims (issue 18): a reviewer sees that an earlier article's claim was already checked,
// confirms it is the same claim and reuses its sources with one click; the page passes axe and
// fits a 390 px screen.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createUserAsAdmin, importArticle, signIn, signInViaApi, DEMO } from "./fixtures";

const town = () =>
  `Zar${randomUUID()
    .slice(0, 8)
    .replace(/\d/g, (d) => "ghijklmnop"[Number(d)]!)}`;

async function version(request: APIRequestContext, claimId: string): Promise<number> {
  const response = await request.get(`/api/v1/claims/${claimId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { version: number }).version;
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`,
  );
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** What sticks out past either edge, to name in a failure (as mobile.spec.ts). */
const sticksOut = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (element.closest(".table-scroll") || element.matches(".skip-link")) return false;
        return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.slice(0, 60)}"`),
  );

test("a reviewer confirms an earlier claim and reuses its sources", async ({ browser, request }) => {
  const place = town();
  const reviewer = await createUserAsAdmin(request, "REVIEWER");
  // The earlier article, checked: two sources and a verdict.
  const earlier = await importArticle(
    request,
    `Strike on the ${place} hospital`,
    `At least 12 people were killed in the airstrike on the main hospital in ${place} on Tuesday, the civil defence said.\n\nThe hospital in ${place} had 120 beds, the health directorate said.`,
  );
  const earlierClaim = earlier.claims.find((claim) => claim.statement.includes("12 people"))!;
  const sources = [`https://civil-defence.example/${place}`, `https://news.example/${place}`];
  for (const [index, url] of sources.entries()) {
    const added = await request.post(`/api/v1/claims/${earlierClaim.id}/evidence`, {
      data: {
        url,
        title: `Source ${index + 1} on ${place}`,
        stance: index ? "CONTEXT" : "SUPPORTS",
        version: await version(request, earlierClaim.id),
      },
    });
    expect(added.status()).toBe(201);
  }
  const verdict = await request.post(`/api/v1/claims/${earlierClaim.id}/verdict`, {
    data: {
      status: "CORROBORATED",
      rationale: "The civil defence's list names twelve dead.",
      version: await version(request, earlierClaim.id),
    },
  });
  expect(verdict.status()).toBe(200);

  // The later article tells the same fact in other words.
  const later = await importArticle(
    request,
    `Hospital bombed in ${place}`,
    `Twelve people died when the main hospital in ${place} was bombed on Tuesday, according to the civil defence.\n\nRepairs to the water network in ${place} will take three weeks, engineers said.`,
  );
  const laterClaim = later.claims.find((claim) => claim.statement.includes("Twelve people"))!;
  for (const claimId of [laterClaim.id, earlier.claims.find((claim) => claim !== earlierClaim)!.id]) {
    const assigned = await request.post(`/api/v1/claims/${claimId}/assignments`, {
      data: { reviewerEmail: reviewer.email },
    });
    expect(assigned.status()).toBe(201);
  }
  // The check runs in the background after the import: wait for the suggestion.
  await signInViaApi(request, DEMO.editor);
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/claims/${laterClaim.id}/similar`);
        return ((await response.json()) as { items: { claimId: string }[] }).items.map((item) => item.claimId);
      },
      { timeout: 30_000 },
    )
    .toContain(earlierClaim.id);

  const context = await browser.newContext();
  await signIn(context, reviewer.email, reviewer.password);
  const page = await context.newPage();
  await page.goto(`/claims/${laterClaim.id}`);
  const card = page.getByTestId("similar-claims");
  await expect(card.getByRole("heading", { name: "Similar claims already checked" })).toBeVisible();
  const item = card.getByTestId("similar-item").first();
  await expect(item).toContainText("12 people were killed");
  await expect(item).toContainText("Corroborated");
  await expect(item).toContainText("The civil defence's list names twelve dead.");
  await expect(item.locator("mark.similar-shared").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await item.getByRole("button", { name: /^Same claim: confirm C\d+ as the same claim$/ }).click();
  await expect(item).toContainText("Confirmed as the same claim");
  await item.getByRole("button", { name: /^Reuse its sources: copy the sources of C\d+ onto this claim$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied 2 sources." })).toBeVisible();
  for (const [index] of sources.entries())
    await expect(page.getByText(`Source ${index + 1} on ${place}`).first()).toBeVisible();
  // The verdict is the reviewer's own to give: the claim is still not reviewed.
  await expect(page.locator("h1.claim-title")).toContainText("Not yet reviewed");
  expect(await axeViolations(page)).toEqual([]);

  // The same page on a phone: nothing sticks out.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(card).toBeVisible();
  expect(await overflow(page), (await sticksOut(page)).join("; ")).toBeLessThanOrEqual(0);
  await context.close();
});

test("the articles list finds reviewed claims by meaning", async ({ browser, request }) => {
  const place = town();
  const { claims } = await importArticle(
    request,
    `Flood toll in ${place}`,
    `The death toll from the floods in ${place} has risen to 23, the local authorities said.\n\nSchools in ${place} will stay closed until further notice, officials said.`,
  );
  const claim = claims.find((c) => c.statement.includes("death toll"))!;
  await request.post(`/api/v1/claims/${claim.id}/evidence`, {
    data: {
      url: `https://authorities.example/${place}`,
      title: "Statement",
      stance: "SUPPORTS",
      version: await version(request, claim.id),
    },
  });
  const verdict = await request.post(`/api/v1/claims/${claim.id}/verdict`, {
    data: {
      status: "CORROBORATED",
      rationale: "The authorities' statement.",
      version: await version(request, claim.id),
    },
  });
  expect(verdict.status()).toBe(200);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signIn(context, DEMO.editor);
  const page = await context.newPage();
  await page.goto("/articles");
  await page.getByLabel("Find reviewed claims by meaning").fill(`23 dead in ${place} floods`);
  await page.getByRole("button", { name: "Find similar claims" }).click();
  const results = page.getByTestId("similar-search-results");
  await expect(results).toContainText("death toll from the floods");
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
