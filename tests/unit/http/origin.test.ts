import { describe, expect, it } from "vitest";
import { crossOriginRefusal, ownOrigins } from "@/lib/http/origin";

const headers = (values: Record<string, string>) => new Headers(values);
const APP = ["http://localhost:3000"];

describe("crossOriginRefusal", () => {
  it("never refuses reads, whatever the origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"])
      expect(
        crossOriginRefusal(method, headers({ origin: "http://evil.test", "sec-fetch-site": "cross-site" }), APP),
      ).toBeNull();
  });

  it("lets writes through that the browser marks same-origin or user-initiated", () => {
    expect(crossOriginRefusal("POST", headers({ "sec-fetch-site": "same-origin" }), APP)).toBeNull();
    expect(crossOriginRefusal("DELETE", headers({ "sec-fetch-site": "none" }), APP)).toBeNull();
  });

  it("refuses writes the browser marks same-site or cross-site, even with a matching Origin", () => {
    // Another port of the same host is "same-site": the attack of issue 10.
    for (const site of ["same-site", "cross-site"])
      expect(
        crossOriginRefusal("POST", headers({ "sec-fetch-site": site, origin: "http://localhost:3000" }), APP),
      ).toMatch(site);
  });

  it("without Sec-Fetch-Site, compares Origin (scheme, host and port) with the app's origins", () => {
    expect(crossOriginRefusal("PATCH", headers({ origin: "http://localhost:3000" }), APP)).toBeNull();
    expect(crossOriginRefusal("PATCH", headers({ origin: "HTTP://LOCALHOST:3000" }), APP)).toBeNull();
    for (const origin of [
      "http://localhost:4000",
      "https://localhost:3000",
      "http://127.0.0.1:3000",
      "null",
      "",
      "garbage",
    ])
      expect(crossOriginRefusal("POST", headers({ origin }), APP), origin).not.toBeNull();
  });

  it("lets a request without Origin or Sec-Fetch-Site through (not sent by a browser page)", () => {
    expect(crossOriginRefusal("POST", headers({}), APP)).toBeNull();
  });
});

describe("ownOrigins", () => {
  it("takes the Host (and a proxy's X-Forwarded-Host/Proto) and NEXTAUTH_URL", () => {
    expect(ownOrigins(headers({ host: "localhost:3000" }), "http://localhost:3000/api/v1/me", undefined)).toEqual([
      "http://localhost:3000",
    ]);
    const behindProxy = ownOrigins(
      headers({ host: "127.0.0.1:3000", "x-forwarded-host": "claims.example.org", "x-forwarded-proto": "https" }),
      "http://127.0.0.1:3000/x",
      "https://claims.example.org/",
    );
    expect(behindProxy).toContain("https://claims.example.org");
    expect(behindProxy).toContain("http://127.0.0.1:3000");
  });

  it("ignores an unusable NEXTAUTH_URL", () => {
    expect(ownOrigins(headers({}), "http://localhost:3000/", "not a url")).toEqual(["http://localhost:3000"]);
  });
});
