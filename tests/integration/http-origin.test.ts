// Issue 10 (High 2): the JSON API takes cookie-authenticated writes only from the app's own
// origin, tokens from anywhere, and JSON only as Content-Type application/json. Route handlers
// are called in-process (api-harness.ts) with a real session cookie, as a browser would send it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as finalizeArticle } from "@/app/api/v1/articles/[id]/finalize/route";
import { POST as addComment } from "@/app/api/v1/claims/[id]/comments/route";
import { GET as readClaim } from "@/app/api/v1/claims/[id]/route";
import { POST as createUser } from "@/app/api/v1/users/route";
import { endBrowserSession } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { sessionTokenCallback, SessionEndedError } from "@/lib/http/session";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute, expectApiError, expectFieldErrors, sessionCookie, TEST_SESSION_SECRET, type CallOptions } from "./api-harness";
import { makeArticle, makeUser, uniqueSuffix } from "./factories";

const SECRET = TEST_SESSION_SECRET;
const previousSecret = process.env.NEXTAUTH_SECRET;
const APP = "http://localhost"; // the harness addresses every request to http://localhost


let admin: { cookie: string; token: string };
let editor: { cookie: string; token: string };
let claimId: string;
let articleId: string;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  const adminUser = await makeUser("ADMIN");
  const editorUser = await makeUser("EDITOR");
  const { article, claims } = await makeArticle(editorUser);
  articleId = article.id;
  claimId = claims[0].id;
  admin = {
    cookie: (await sessionCookie(adminUser.id)).cookie,
    token: (await createApiToken(adminUser, { name: "t" })).token,
  };
  editor = {
    cookie: (await sessionCookie(editorUser.id)).cookie,
    token: (await createApiToken(editorUser, { name: "t" })).token,
  };
});

afterAll(() => {
  if (previousSecret === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = previousSecret;
});

const comments = () => db.comment.count({ where: { claimId } });
const comment = (headers: Record<string, string>, extra: Partial<CallOptions> = {}) =>
  callRoute(addComment, {
    method: "POST",
    url: `/api/v1/claims/${claimId}/comments`,
    params: { id: claimId },
    json: { body: `Comment ${uniqueSuffix()}` },
    headers,
    ...extra,
  });

describe("cookie-authenticated writes", () => {
  it("are refused from another origin (another port of the same host) with 403 FORBIDDEN, and nothing is written", async () => {
    const before = await comments();
    for (const origin of ["http://localhost:4000", "http://127.0.0.1", "https://localhost", "null"]) {
      const answer = await comment({ cookie: editor.cookie, origin });
      expectApiError(answer, 403, "FORBIDDEN");
    }
    expectApiError(await comment({ cookie: editor.cookie, "sec-fetch-site": "same-site" }), 403, "FORBIDDEN");
    expectApiError(
      await comment({ cookie: editor.cookie, "sec-fetch-site": "cross-site", origin: APP }),
      403,
      "FORBIDDEN",
    );
    expect(await comments()).toBe(before);
  });

  it("are refused for the attack's other writes: finalizing and creating an ADMIN", async () => {
    const email = `attacker-${uniqueSuffix()}@test.local`;
    const answer = await callRoute(createUser, {
      method: "POST",
      url: "/api/v1/users",
      json: { email, name: "Attacker", role: "ADMIN", password: "attacker-password-1" },
      headers: { cookie: admin.cookie, origin: "http://localhost:4000" },
    });
    expectApiError(answer, 403, "FORBIDDEN");
    expect(await db.user.count({ where: { email } })).toBe(0);

    const finalize = await callRoute(finalizeArticle, {
      method: "POST",
      url: `/api/v1/articles/${articleId}/finalize`,
      params: { id: articleId },
      headers: { cookie: editor.cookie, "sec-fetch-site": "same-site" },
    });
    expectApiError(finalize, 403, "FORBIDDEN");
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).finalizedAt).toBeNull();
  });

  it("are accepted from the app's own origin, and from clients that send no Origin at all", async () => {
    const before = await comments();
    expect((await comment({ cookie: editor.cookie, origin: APP })).status).toBe(201);
    expect((await comment({ cookie: editor.cookie, "sec-fetch-site": "same-origin", origin: APP })).status).toBe(201);
    expect((await comment({ cookie: editor.cookie })).status).toBe(201);
    expect(await comments()).toBe(before + 3);
  });

  it("does not stop cross-origin reads (the browser keeps their answers from the other page)", async () => {
    const answer = await callRoute(readClaim, {
      method: "GET",
      url: `/api/v1/claims/${claimId}`,
      params: { id: claimId },
      headers: { cookie: editor.cookie, origin: "http://localhost:4000", "sec-fetch-site": "same-site" },
    });
    expect(answer.status).toBe(200);
  });
});

describe("token-authenticated writes", () => {
  it("are accepted from any origin (no browser attaches a token by itself)", async () => {
    const before = await comments();
    const answer = await comment({
      authorization: `Bearer ${editor.token}`,
      origin: "http://evil.test",
      "sec-fetch-site": "cross-site",
    });
    expect(answer.status).toBe(201);
    expect(await comments()).toBe(before + 1);
  });
});

describe("the JSON media type", () => {
  it("refuses text/plain; charset=application/json with 415, for cookie and token alike", async () => {
    const before = await comments();
    const callers: Record<string, string>[] = [
      { cookie: editor.cookie, origin: APP },
      { authorization: `Bearer ${editor.token}` },
    ];
    for (const headers of callers) {
      for (const contentType of [
        "text/plain; charset=application/json",
        "text/plain",
        "application/jsonx",
        "application/json; charset=iso-8859-1",
        "application/x-www-form-urlencoded",
      ]) {
        expectApiError(await comment(headers, { contentType }), 415, "UNSUPPORTED_MEDIA_TYPE");
      }
    }
    expect(await comments()).toBe(before);
  });

  it("accepts application/json with or without a UTF-8 charset, in any case", async () => {
    for (const contentType of ["application/json", "Application/JSON; charset=UTF-8", "application/json;charset=utf-8"])
      expect((await comment({ authorization: `Bearer ${editor.token}` }, { contentType })).status, contentType).toBe(
        201,
      );
  });

  it("refuses a body that is not valid UTF-8 with a field message instead of storing U+FFFD", async () => {
    const raw = Buffer.concat([Buffer.from('{"body":"bad '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const answer = await comment(
      { authorization: `Bearer ${editor.token}` },
      { json: undefined, raw: raw as unknown as string },
    );
    expectFieldErrors(answer, ["_"]);
    expect(answer.text).toContain("UTF-8");
  });

  it("refuses a lone surrogate with a message naming the field", async () => {
    const answer = await comment(
      { authorization: `Bearer ${editor.token}` },
      { json: undefined, raw: '{"body":"bad \\ud800 text"}' },
    );
    expectFieldErrors(answer, ["body"]);
  });
});

describe("sessionTokenCallback (next-auth's jwt callback)", () => {
  it("keeps a live session and refuses one that was signed out, so /api/auth/session shows no user", async () => {
    const user = await makeUser("REVIEWER");
    const { sid } = await sessionCookie(user.id);
    await expect(sessionTokenCallback({ token: { sid } })).resolves.toMatchObject({ sid });
    await endBrowserSession(sid);
    await expect(sessionTokenCallback({ token: { sid } })).rejects.toBeInstanceOf(SessionEndedError);
    await expect(sessionTokenCallback({ token: {} })).rejects.toBeInstanceOf(SessionEndedError);
  });

  it("puts the new session's id in the token at sign-in", async () => {
    await expect(sessionTokenCallback({ token: { sub: "u" }, user: { id: "u", sid: "s1" } })).resolves.toEqual({
      sub: "u",
      sid: "s1",
    });
  });
});
