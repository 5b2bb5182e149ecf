// The API held to its OpenAPI document (issue 16): every operation is called for its success and
// for each error the document lists, callRoute checks every answer's status, headers and body
// against the document (openapi-contract.ts), and the last test fails when a documented response
// was never produced here: a document that promises what the API does not do is as wrong as an
// answer the document does not describe. Each route gets fresh fixtures, so the writes of one
// cannot change what another answers.
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "@/lib/http/api";
import { callRoute, type ApiAnswer, type CallOptions } from "./api-harness";
import { apiFixtures, BAD_IDS, request, ROUTES, urlOf, type Fixtures, type RouteSpec } from "./api-routes";
import { documentedOperations, exercised, operationKey } from "./openapi-contract";
import { makeUser, uniqueSuffix } from "./factories";
import { createApiToken } from "@/lib/tokens/mutations";
import { db } from "@/lib/db/client";
import { setVerdict } from "@/lib/verdicts/mutations";

/** One read-only token for the file: every authenticated write refuses it (docs/accounts.md). */
let readOnlyToken: Promise<string> | undefined;
const readOnly = () =>
  (readOnlyToken ??= makeUser("EDITOR").then(
    async (user) => (await createApiToken(user, { name: "read-only", readOnly: true })).token,
  ));

/** Whether the document says the operation reads a request body. */
const documentedBody = (key: string) =>
  documentedOperations().some((operation) => operationKey(operation) === key && operation.readsBody);

/** Whether the document lists a query parameter of that name for the operation. */
const documentedParameter = (key: string, name: string) =>
  documentedOperations().some(
    (operation) => operationKey(operation) === key && operation.queryParameters.includes(name),
  );

const keyOf = (route: RouteSpec) => `${route.method} ${route.path.replace(/\[(\w+)\]/g, "{$1}")}`;

async function claimVersionViaApi(f: Fixtures, claimId: string): Promise<number> {
  const route = ROUTES.find((r) => keyOf(r) === "GET /api/v1/claims/{id}")!;
  const answer = await callRoute(
    route.handler,
    request(route, f, { params: { id: claimId }, url: `/api/v1/claims/${claimId}` }),
  );
  return (answer.body as { version: number }).version;
}

const call = (route: RouteSpec, f: Fixtures, overrides: Partial<CallOptions> = {}) =>
  callRoute(route.handler, request(route, f, overrides));

/** The current claim version in the body (or query) of a versioned write, so that it succeeds. */
async function fresh(route: RouteSpec, f: Fixtures): Promise<Partial<CallOptions>> {
  const body = route.body?.valid(f);
  const claimId = route.claim?.(f) ?? f.claimId;
  if (route.method === "DELETE" && route.query?.startsWith("version=")) {
    const version = await claimVersionViaApi(f, claimId);
    return { url: urlOf(route, route.params?.(f), `version=${version}`) };
  }
  if (body && "version" in body) return { json: { ...body, version: await claimVersionViaApi(f, claimId) } };
  return {};
}

/** After a successful write, the same write with the version before it: 409. */
async function stale(route: RouteSpec, f: Fixtures): Promise<ApiAnswer> {
  const { json, url } = await fresh(route, f);
  if (url) return call(route, f, { url: url.replace(/version=(\d+)/, (_, v: string) => `version=${Number(v) - 1}`) });
  const body = json as { version: number };
  return call(route, f, { json: { ...body, version: body.version - 1 } });
}

/** The claim's version moves on (its claimant changes through the API). */
async function bumpClaimVersion(f: Fixtures, claimId = f.claimId) {
  const route = ROUTES.find((r) => keyOf(r) === "PUT /api/v1/claims/{id}/claimant")!;
  const json = { claimant: `Someone ${uniqueSuffix()}`, version: await claimVersionViaApi(f, claimId) };
  const answer = await call(route, f, { json, params: { id: claimId }, url: urlOf(route, { id: claimId }) });
  expect(answer.status).toBe(200);
}

/** The write again once the article is finalized: 409. */
async function afterFinalizing(route: RouteSpec, f: Fixtures): Promise<ApiAnswer> {
  const finalize = ROUTES.find((r) => keyOf(r) === "POST /api/v1/articles/{id}/finalize")!;
  expect((await SPECIAL["POST /api/v1/articles/{id}/finalize"].success!(finalize, f)).status).toBe(200);
  return call(route, f);
}

/** The fixtures' claim with the reviewer's verdict, awaiting an editor's sign-off. */
async function awaitingSignoff(f: Fixtures) {
  const reviewer = { id: f.reviewerId, role: "REVIEWER" as const, active: true };
  const { version } = await db.claim.findUniqueOrThrow({ where: { id: f.claimId }, select: { version: true } });
  await setVerdict(reviewer, f.claimId, { status: "UNVERIFIED", rationale: "Neither source settles it.", version });
}

/** The fixtures' sibling claim carries the rating label (or none again). */
async function carryRatingLabel(f: Fixtures, ratingLabelId: string | null) {
  await db.claim.update({ where: { id: f.siblingClaimId }, data: { ratingLabelId } });
}

/** What a route needs beyond the table's valid request: its success, and how to provoke its 409. */
const SPECIAL: Record<
  string,
  {
    success?: (route: RouteSpec, f: Fixtures) => Promise<ApiAnswer>;
    conflict?: (route: RouteSpec, f: Fixtures) => Promise<ApiAnswer>;
    /** The 409 comes before the success (the success would make the conflict impossible to provoke). */
    conflictFirst?: true;
  }
> = {
  "POST /api/v1/articles": {
    conflict: async (route, f) => {
      const json = { title: "Twice", body: `Officials said 12 people left on ${uniqueSuffix()}.` };
      expect((await call(route, f, { json })).status).toBe(201);
      return call(route, f, { json });
    },
  },
  // The same decision twice (the success above already confirmed it).
  "POST /api/v1/claims/{id}/similar/{matchId}": {
    conflict: async (route, f) => {
      const first = await call(route, f);
      return first.status === 409 ? first : call(route, f);
    },
  },
  // Sources of a suggestion nobody confirmed.
  "POST /api/v1/claims/{id}/similar/{matchId}/reuse-sources": {
    conflict: async (route, f) => {
      const params = { id: f.claimId, matchId: f.similarMatchId };
      return call(route, f, { ...(await fresh(route, f)), params, url: urlOf(route, params) });
    },
  },
  // A revision of a finalized article is refused until it is reopened.
  "POST /api/v1/articles/{id}/revisions": { conflict: afterFinalizing },
  // An orphan cannot be orphaned again.
  "POST /api/v1/articles/{id}/revisions/anchors/{claimId}": {
    conflict: async (route, f) => call(route, f, await fresh(route, f)),
  },
  "POST /api/v1/users": {
    conflict: async (route, f) => {
      const json = route.body!.valid(f);
      expect((await call(route, f, { json })).status).toBe(201);
      return call(route, f, { json });
    },
  },
  "POST /api/v1/claims/{id}/verdict": {
    success: async (route, f) =>
      call(route, f, {
        json: {
          status: "CORROBORATED",
          rationale: "The cited source confirms it.",
          version: await claimVersionViaApi(f, f.claimId),
        },
      }),
    conflict: stale,
  },
  "POST /api/v1/claims/{id}/reopen": {
    conflictFirst: true,
    // Not yet reviewed: nothing to reopen (409); then a verdict, and the reopen succeeds.
    conflict: async (route, f) => call(route, f, await fresh(route, f)),
    success: async (route, f) => {
      const verdict = ROUTES.find((r) => keyOf(r) === "POST /api/v1/claims/{id}/verdict")!;
      const json = {
        status: "CORROBORATED",
        rationale: "The cited source confirms it.",
        version: await claimVersionViaApi(f, f.claimId),
      };
      expect((await call(verdict, f, { json })).status).toBe(200);
      return call(route, f, await fresh(route, f));
    },
  },
  // Nothing awaits sign-off until the reviewer's verdict (409); then the editor approves or sends it back.
  "POST /api/v1/claims/{id}/approve": {
    conflictFirst: true,
    conflict: (route, f) => call(route, f),
    success: async (route, f) => {
      await awaitingSignoff(f);
      return call(route, f);
    },
  },
  "POST /api/v1/claims/{id}/send-back": {
    conflictFirst: true,
    conflict: (route, f) => call(route, f),
    success: async (route, f) => {
      await awaitingSignoff(f);
      return call(route, f);
    },
  },
  // Unapproved claims block publication (409 lists them); approved, with the others excluded, it publishes.
  "POST /api/v1/articles/{id}/publish": {
    conflictFirst: true,
    conflict: (route, f) => call(route, f),
    success: async (route, f) => {
      await awaitingSignoff(f);
      const approve = ROUTES.find((r) => keyOf(r) === "POST /api/v1/claims/{id}/approve")!;
      expect((await call(approve, f)).status).toBe(200);
      const others = await db.claim.findMany({
        where: { articleId: f.articleId, deletedAt: null, id: { not: f.claimId } },
        select: { number: true },
      });
      return call(route, f, { json: { ...route.body!.valid(f), exclude: others.map((claim) => claim.number) } });
    },
  },
  "PUT /api/v1/claims/{id}/claimant": { conflict: stale },
  "PATCH /api/v1/claims/{id}": { conflict: stale },
  "POST /api/v1/claims/{id}/split": { conflict: stale },
  "POST /api/v1/claims/{id}/merge": { conflict: stale },
  "DELETE /api/v1/claims/{id}": {
    // A deleted claim is gone (404), so the stale write comes first: the version moves on, then
    // the delete names the one before.
    conflictFirst: true,
    conflict: async (route, f) => {
      await bumpClaimVersion(f);
      const version = await claimVersionViaApi(f, f.claimId);
      return call(route, f, { url: urlOf(route, route.params?.(f), `version=${version - 1}`) });
    },
    success: async (route, f) => call(route, f, await fresh(route, f)),
  },
  // Undone once, the offer is used up; a token nobody was given is not found.
  "POST /api/v1/undo": {
    conflict: async (route, f) => {
      expect((await call(route, f, { json: { token: "no-such-undo" } })).status).toBe(404);
      return call(route, f);
    },
  },
  "POST /api/v1/articles/{id}/claims": {
    // The same span again overlaps the claim just added.
    conflict: (route, f) => call(route, f),
  },
  "POST /api/v1/articles/{id}/extraction": { conflict: afterFinalizing },
  // Promoted, the span is a claim: no longer a candidate.
  "POST /api/v1/articles/{id}/candidates": { conflict: (route, f) => call(route, f) },
  "POST /api/v1/articles/{id}/auto-assign": { conflict: afterFinalizing },
  "POST /api/v1/users/{id}/deactivate": {
    conflict: (route, f) => call(route, f, { params: { id: f.adminId }, url: urlOf(route, { id: f.adminId }) }),
  },
  "POST /api/v1/claims/{id}/evidence": { conflict: stale },
  "PATCH /api/v1/evidence/{id}": { conflict: stale },
  "DELETE /api/v1/evidence/{id}": { conflict: stale },
  "POST /api/v1/evidence/{id}/snapshots": { conflict: afterFinalizing },
  "DELETE /api/v1/assignments/{id}": { conflict: (route, f) => call(route, f) },
  "DELETE /api/v1/consultations/{id}": { conflict: (route, f) => call(route, f) },
  "POST /api/v1/articles/{id}/finalize": {
    success: async (route, f) => {
      const preview = ROUTES.find((r) => keyOf(r) === "GET /api/v1/articles/{id}/finalize")!;
      const counts = (await call(preview, f)).body as { pending: number; openAssignments: number };
      return call(route, f, {
        json: { confirmPending: counts.pending, confirmOpenAssignments: counts.openAssignments },
      });
    },
    conflict: (route, f) => call(route, f, { json: { confirmPending: 0, confirmOpenAssignments: 0 } }),
  },
  // A label a claim carries keeps its verdict and cannot be deleted (docs/rating-scale.md).
  "PATCH /api/v1/rating-scale/labels/{id}": {
    conflict: async (route, f) => {
      await carryRatingLabel(f, f.ratingLabelId);
      return call(route, f, { json: { verdict: "DISPUTED" } });
    },
  },
  "DELETE /api/v1/rating-scale/labels/{id}": {
    conflictFirst: true,
    conflict: async (route, f) => {
      await carryRatingLabel(f, f.ratingLabelId);
      return call(route, f);
    },
    success: async (route, f) => {
      await carryRatingLabel(f, null);
      return call(route, f);
    },
  },
  "POST /api/v1/articles/{id}/reopen": {
    conflictFirst: true,
    conflict: (route, f) => call(route, f),
    success: async (route, f) => {
      const finalize = ROUTES.find((r) => keyOf(r) === "POST /api/v1/articles/{id}/finalize")!;
      expect((await SPECIAL["POST /api/v1/articles/{id}/finalize"].success!(finalize, f)).status).toBe(200);
      return call(route, f);
    },
  },
};

for (const route of ROUTES) {
  const key = keyOf(route);
  describe(key, () => {
    let f: Fixtures;
    beforeAll(async () => {
      f = await apiFixtures();
    });

    if (!route.public) {
      it("401 without credentials", async () => {
        expect((await call(route, f, { token: undefined, cookie: undefined })).status).toBe(401);
      });
    }
    if (route.forbidden) {
      it("403 for a caller who may not", async () => {
        expect((await call(route, f, { token: f.tokens[route.forbidden![0]], cookie: undefined })).status).toBe(403);
      });
    }
    if (!route.public && route.method !== "GET") {
      it("403 READ_ONLY_TOKEN with a read-only API token", async () => {
        const answer = await call(route, f, { token: await readOnly(), cookie: undefined });
        expect(answer.status).toBe(403);
        expect((answer.body as { error: { code: string } }).error.code).toBe("READ_ONLY_TOKEN");
      });
    }
    if (route.sessionOnly) {
      it("403 with an API token (browser session only)", async () => {
        expect((await call(route, f, { token: f.tokens[route.caller], cookie: undefined })).status).toBe(403);
      });
    }
    if (route.params) {
      it("404 for an unknown id, 400 for a malformed one", async () => {
        const params = { ...route.params!(f), id: `none_${uniqueSuffix()}` };
        expect((await call(route, f, { params, url: urlOf(route, params) })).status).toBe(404);
        const bad = { ...route.params!(f), id: BAD_IDS[3] };
        expect((await call(route, f, { params: bad, url: urlOf(route, bad) })).status).toBe(400);
      });
    }
    if (!route.body && documentedBody(key)) {
      it("413 for a body over the limit, 415 for a body not sent as JSON (the body is optional)", async () => {
        expect(
          (await call(route, f, { raw: "{}", headers: { "content-length": String(MAX_JSON_BODY_BYTES + 1) } })).status,
        ).toBe(413);
        expect((await call(route, f, { raw: "{}", contentType: "text/plain" })).status).toBe(415);
      });
    }
    if (route.body) {
      it("400 for fields of the wrong type, 413 for a body over the limit, 415 for a body not sent as JSON", async () => {
        expect((await call(route, f, { json: route.body!.wrongTypes })).status).toBe(400);
        const large = { "content-length": String(MAX_JSON_BODY_BYTES + 1) };
        expect((await call(route, f, { headers: large })).status).toBe(413);
        expect(
          (await call(route, f, { raw: JSON.stringify(route.body!.valid(f)), contentType: "text/plain" })).status,
        ).toBe(415);
      });
    }
    if (documentedParameter(key, "limit")) {
      it("400 for a page size or cursor it cannot use", async () => {
        expect((await call(route, f, { url: urlOf(route, route.params?.(f), "limit=0") })).status).toBe(400);
        expect((await call(route, f, { url: urlOf(route, route.params?.(f), "cursor=made-up") })).status).toBe(400);
      });
    }
    if (route.query && !route.params) {
      it("400 for a query it cannot read", async () => {
        expect((await call(route, f, { url: urlOf(route, {}, route.badQuery ?? "format=exe") })).status).toBe(400);
      });
    }

    const special = SPECIAL[key] ?? {};
    if (special.conflict && !special.conflictFirst) {
      it("succeeds, then 409 where the state no longer allows it", async () => {
        const success = special.success ? await special.success(route, f) : await call(route, f, await fresh(route, f));
        expect(success.status, success.text.slice(0, 300)).toBeLessThan(300);
        const conflict = await special.conflict!(route, f);
        expect(conflict.status, conflict.text.slice(0, 300)).toBe(409);
      });
    } else if (special.conflict) {
      it("409 before the state allows it, then succeeds", async () => {
        const conflict = await special.conflict!(route, f);
        expect(conflict.status, conflict.text.slice(0, 300)).toBe(409);
        const success = await special.success!(route, f);
        expect(success.status, success.text.slice(0, 300)).toBeLessThan(300);
      });
    } else {
      it("succeeds", async () => {
        const success = special.success ? await special.success(route, f) : await call(route, f, await fresh(route, f));
        expect(success.status, success.text.slice(0, 300)).toBeLessThan(300);
      });
    }

    if (!route.public) {
      it("429 with Retry-After once the caller is over the rate limit", async () => {
        const limit = process.env.CLAIMLEDGER_API_RATE_LIMIT;
        process.env.CLAIMLEDGER_API_RATE_LIMIT = "2";
        try {
          // Limits count in fixed one-minute windows: three calls that straddle a window's end
          // are two windows' calls, so such a round is tried once more.
          const minute = () => Math.floor(Date.now() / 60_000);
          let answer: Awaited<ReturnType<typeof call>>;
          for (let round = 0; ; round++) {
            const started = minute();
            await call(route, f);
            await call(route, f);
            answer = await call(route, f);
            if (minute() === started || round === 1) break;
          }
          expect(answer.status).toBe(429);
          expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
        } finally {
          process.env.CLAIMLEDGER_API_RATE_LIMIT = limit;
        }
      });
    }
  });
}

/** A write that may send If-Match instead of its version: the request without any version. */
async function versionless(route: RouteSpec, f: Fixtures): Promise<Partial<CallOptions>> {
  if (route.method === "DELETE") return { url: urlOf(route, route.params?.(f), "") };
  const key = keyOf(route);
  if (key === "POST /api/v1/claims/{id}/reopen") {
    const verdict = ROUTES.find((r) => keyOf(r) === "POST /api/v1/claims/{id}/verdict")!;
    await SPECIAL["POST /api/v1/claims/{id}/verdict"].success!(verdict, f);
  }
  const body: Record<string, unknown> = { ...route.body!.valid(f) };
  if (key === "POST /api/v1/claims/{id}/verdict") Object.assign(body, { status: "CORROBORATED" });
  delete body.version;
  return { json: body };
}

describe("If-Match instead of a version (every versioned claim write)", () => {
  const readClaim = ROUTES.find((r) => keyOf(r) === "GET /api/v1/claims/{id}")!;
  const versioned = ROUTES.filter((route) =>
    documentedOperations().some(
      (operation) => operationKey(operation) === keyOf(route) && "412" in operation.responses,
    ),
  );

  it("covers the writes that take a version", () => {
    expect(versioned.map(keyOf).sort()).toEqual([
      "DELETE /api/v1/claims/{id}",
      "DELETE /api/v1/evidence/{id}",
      "PATCH /api/v1/claims/{id}",
      "PATCH /api/v1/evidence/{id}",
      "POST /api/v1/claims/{id}/evidence",
      "POST /api/v1/claims/{id}/merge",
      "POST /api/v1/claims/{id}/reopen",
      "POST /api/v1/claims/{id}/similar/{matchId}/reuse-sources",
      "POST /api/v1/claims/{id}/split",
      "POST /api/v1/claims/{id}/verdict",
      "PUT /api/v1/claims/{id}/claimant",
    ]);
  });

  const readEtag = async (f: Fixtures, claimId: string) => {
    const read = await call(readClaim, f, { params: { id: claimId }, url: `/api/v1/claims/${claimId}` });
    expect(read.headers.get("etag")).toBe(`"v${(read.body as { version: number }).version}"`);
    return read.headers.get("etag")!;
  };

  for (const route of versioned) {
    it(`${keyOf(route)}: a stale ETag as If-Match answers 412 with the claim now; the current one works`, async () => {
      const f = await apiFixtures();
      const request = await versionless(route, f);
      const claimId = route.claim?.(f) ?? f.claimId;
      const old = await readEtag(f, claimId);
      const malformed = await call(route, f, { ...request, headers: { "if-match": `W/${old}` } });
      expect(malformed.status).toBe(400);

      await bumpClaimVersion(f, claimId);
      const stale = await call(route, f, { ...request, headers: { "if-match": old } });
      expect(stale.status, stale.text.slice(0, 300)).toBe(412);
      expect(stale.body).toMatchObject({ error: { code: "PRECONDITION_FAILED", current: { id: claimId } } });

      const current = await call(route, f, { ...request, headers: { "if-match": await readEtag(f, claimId) } });
      expect(current.status, current.text.slice(0, 300)).toBeLessThan(300);
    });
  }
});

describe("POST /api/v1/articles past the extraction time budget", () => {
  let f: Fixtures;
  beforeAll(async () => {
    f = await apiFixtures();
  });

  it("answers 503 UNAVAILABLE with the budget, and saves nothing", async () => {
    const route = ROUTES.find((r) => keyOf(r) === "POST /api/v1/articles")!;
    const before = process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS;
    process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS = "1";
    try {
      // Long enough to leave the event loop for a worker thread (lib/compute), which cannot finish in 1 ms.
      const body = `Officials said ${uniqueSuffix()} families left the city on Tuesday. `.repeat(800);
      const answer = await call(route, f, { json: { title: "Too slow", body } });
      expect(answer.status, answer.text.slice(0, 300)).toBe(503);
      expect(answer.body).toMatchObject({ error: { code: "UNAVAILABLE", budgetMs: 1 } });
    } finally {
      if (before === undefined) delete process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS;
      else process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS = before;
    }
  }, 60_000);

  it("re-running extraction and finding candidates on a long article answer 503 too", async () => {
    const importRoute = ROUTES.find((r) => keyOf(r) === "POST /api/v1/articles")!;
    const body = `Officials said ${uniqueSuffix()} families left the city on Tuesday. `.repeat(800);
    const imported = await call(importRoute, f, { json: { title: "Long", body } });
    expect(imported.status, imported.text.slice(0, 300)).toBe(201);
    const id = (imported.body as { article: { id: string } }).article.id;
    const before = process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS;
    process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS = "1";
    try {
      for (const key of [
        "POST /api/v1/articles/{id}/extraction",
        "GET /api/v1/articles/{id}/candidates",
        "POST /api/v1/articles/{id}/candidates",
        "POST /api/v1/articles/{id}/revisions",
      ]) {
        const route = ROUTES.find((r) => keyOf(r) === key)!;
        const json = key.endsWith("/revisions")
          ? { body: `${body}\n\nRevised.` }
          : route.body
            ? { start: 0, end: 8 }
            : undefined;
        const answer = await call(route, f, { params: { id }, url: urlOf(route, { id }), ...(json ? { json } : {}) });
        expect(answer.status, `${key}: ${answer.text.slice(0, 300)}`).toBe(503);
        expect(answer.body).toMatchObject({ error: { code: "UNAVAILABLE", budgetMs: 1 } });
      }
    } finally {
      if (before === undefined) delete process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS;
      else process.env.CLAIMLEDGER_EXTRACTION_TIMEOUT_MS = before;
    }
  }, 60_000);
});

describe("PDF reports past the drawing time budget", () => {
  let f: Fixtures;
  beforeAll(async () => {
    f = await apiFixtures();
  });

  for (const key of ["GET /api/v1/articles/{id}/report", "GET /api/v1/reports"]) {
    it(`${key} answers 503 UNAVAILABLE before any byte of the file`, async () => {
      const route = ROUTES.find((r) => keyOf(r) === key)!;
      const before = process.env.CLAIMLEDGER_REPORT_TIMEOUT_MS;
      process.env.CLAIMLEDGER_REPORT_TIMEOUT_MS = "1";
      try {
        const today = new Date().toISOString().slice(0, 10);
        const query = route.params ? "format=pdf" : `from=${today}&to=${today}&format=pdf`;
        const answer = await call(route, f, { url: urlOf(route, route.params?.(f), query) });
        expect(answer.status, answer.text.slice(0, 300)).toBe(503);
        expect(answer.body).toMatchObject({ error: { code: "UNAVAILABLE", budgetMs: 1 } });
      } finally {
        if (before === undefined) delete process.env.CLAIMLEDGER_REPORT_TIMEOUT_MS;
        else process.env.CLAIMLEDGER_REPORT_TIMEOUT_MS = before;
      }
    }, 60_000);
  }
});

describe("the OpenAPI document", () => {
  it("lists only responses the API gives: every documented status of every /api/v1 operation was produced above", () => {
    const missing = documentedOperations()
      .filter((operation) => operation.template.startsWith("/api/v1/"))
      .flatMap((operation) =>
        Object.keys(operation.responses)
          .filter((status) => !exercised.get(operationKey(operation))?.has(status))
          .map((status) => `${operationKey(operation)} ${status}`),
      );
    expect(missing).toEqual([]);
  });

  it("has a route-table row for every /api/v1 operation", () => {
    const inTable = new Set(ROUTES.map(keyOf));
    const missing = documentedOperations()
      .filter((operation) => operation.template.startsWith("/api/v1/"))
      .map(operationKey)
      .filter((key) => !inTable.has(key));
    expect(missing).toEqual([]);
  });
});
