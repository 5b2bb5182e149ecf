// The interface-language setting over the API: a supported language saved, anything else 400 with
// a field message, null back to the browser's preference; the signed-in user carries it. API
// messages stay English whatever the caller's language (they are a contract).
import { beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/me/language/route";
import { userForSession } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { callRoute, expectApiError, sessionCookie, TEST_SESSION_SECRET } from "./api-harness";
import { makeUser } from "./factories";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = TEST_SESSION_SECRET;
});

const URL = "/api/v1/me/language";
const headers = { origin: "http://localhost" };
const storedLocale = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale;

describe("PUT /api/v1/me/language", () => {
  it("saves Arabic, the signed-in user carries it, and null goes back to the browser's", async () => {
    const user = await makeUser("REVIEWER");
    const { sid, cookie } = await sessionCookie(user.id);
    expect((await callRoute(GET, { method: "GET", url: URL, cookie })).body).toEqual({ locale: null });

    const saved = await callRoute(PUT, { method: "PUT", url: URL, cookie, headers, json: { locale: "ar" } });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ locale: "ar" });
    expect(await storedLocale(user.id)).toBe("ar");
    expect((await userForSession(sid))?.locale).toBe("ar");

    const cleared = await callRoute(PUT, { method: "PUT", url: URL, cookie, headers, json: { locale: null } });
    expect(cleared.body).toEqual({ locale: null });
    expect(await storedLocale(user.id)).toBeNull();
  });

  it("refuses languages the interface does not have with 400 and an English field message, changing nothing", async () => {
    const user = await makeUser("EDITOR");
    const { cookie } = await sessionCookie(user.id);
    await callRoute(PUT, { method: "PUT", url: URL, cookie, headers, json: { locale: "ar" } });
    for (const locale of ["fr", "AR", "ar-SY", "english", 7, ["ar"], "x".repeat(500)]) {
      const answer = await callRoute(PUT, { method: "PUT", url: URL, cookie, headers, json: { locale } });
      const error = expectApiError(answer, 400, "VALIDATION_FAILED");
      // The caller reads Arabic pages, but the API's messages are the same for everyone.
      expect(error.fields?.locale?.[0], JSON.stringify(locale)).toMatch(/^Choose one of the interface languages/);
    }
    const missing = await callRoute(PUT, { method: "PUT", url: URL, cookie, headers, json: {} });
    expect(expectApiError(missing, 400, "VALIDATION_FAILED").fields?.locale).toBeDefined();
    expect(await storedLocale(user.id)).toBe("ar");
  });

  it("needs a signed-in caller", async () => {
    expectApiError(await callRoute(PUT, { method: "PUT", url: URL, json: { locale: "ar" } }), 401, "UNAUTHENTICATED");
  });
});
