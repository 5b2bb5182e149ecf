// The time zone setting over the API: canonical IANA names saved, anything else 400 with a field
// message, null back to the browser's zone; the current user carries it.
import { beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/me/time-zone/route";
import { userForSession } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { callRoute, expectApiError, sessionCookie, TEST_SESSION_SECRET } from "./api-harness";
import { makeUser } from "./factories";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = TEST_SESSION_SECRET;
});

const storedZone = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { timeZone: true } })).timeZone;

describe("PUT /api/v1/me/time-zone", () => {
  it("saves a zone in its canonical spelling, and the signed-in user carries it", async () => {
    const user = await makeUser("REVIEWER");
    const { sid, cookie } = await sessionCookie(user.id);
    const headers = { origin: "http://localhost" };
    expect((await callRoute(GET, { method: "GET", url: "/api/v1/me/time-zone", cookie })).body).toEqual({
      timeZone: null,
    });

    const saved = await callRoute(PUT, {
      method: "PUT",
      url: "/api/v1/me/time-zone",
      cookie,
      headers,
      json: { timeZone: "asia/tokyo" },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ timeZone: "Asia/Tokyo" });
    expect(await storedZone(user.id)).toBe("Asia/Tokyo");
    expect((await userForSession(sid))?.timeZone).toBe("Asia/Tokyo");
    expect((await callRoute(GET, { method: "GET", url: "/api/v1/me/time-zone", cookie })).body).toEqual({
      timeZone: "Asia/Tokyo",
    });

    const cleared = await callRoute(PUT, {
      method: "PUT",
      url: "/api/v1/me/time-zone",
      cookie,
      headers,
      json: { timeZone: null },
    });
    expect(cleared.body).toEqual({ timeZone: null });
    expect(await storedZone(user.id)).toBeNull();
  });

  it("refuses names that are not IANA zones with 400 and a message on the field, changing nothing", async () => {
    const user = await makeUser("EDITOR");
    const { cookie } = await sessionCookie(user.id);
    const headers = { origin: "http://localhost" };
    await callRoute(PUT, {
      method: "PUT",
      url: "/api/v1/me/time-zone",
      cookie,
      headers,
      json: { timeZone: "Europe/Berlin" },
    });
    for (const timeZone of ["Europe/Atlantis", "+01:00", "GMT+1", "Berlin", 7, ["UTC"], "x".repeat(500)]) {
      const answer = await callRoute(PUT, {
        method: "PUT",
        url: "/api/v1/me/time-zone",
        cookie,
        headers,
        json: { timeZone },
      });
      const error = expectApiError(answer, 400, "VALIDATION_FAILED");
      expect(error.fields?.timeZone?.[0], JSON.stringify(timeZone)).toMatch(/Choose a time zone from the list/);
    }
    const missing = await callRoute(PUT, { method: "PUT", url: "/api/v1/me/time-zone", cookie, headers, json: {} });
    expect(expectApiError(missing, 400, "VALIDATION_FAILED").fields?.timeZone).toBeDefined();
    expect(await storedZone(user.id)).toBe("Europe/Berlin");
  });

  it("needs a signed-in caller", async () => {
    const answer = await callRoute(PUT, { method: "PUT", url: "/api/v1/me/time-zone", json: { timeZone: "UTC" } });
    expectApiError(answer, 401, "UNAUTHENTICATED");
  });
});
