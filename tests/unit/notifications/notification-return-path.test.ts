// Following a notification email's link while signed out: sign-in returns to that page, and only
// ever to a page of this site.
import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPathFor } from "@/lib/http/return-path";

describe("the page sign-in returns to", () => {
  it("keeps a path of this site, with its query", () => {
    expect(safeReturnPath("/claims/abc")).toBe("/claims/abc");
    expect(safeReturnPath("/notifications?unread=1")).toBe("/notifications?unread=1");
    expect(signInPathFor("/claims/abc")).toBe("/login?next=%2Fclaims%2Fabc");
  });

  it("refuses other origins, odd schemes, control characters and the sign-in pages themselves", () => {
    for (const bad of [
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "claims/abc",
      "/claims/a\nb",
      "/login",
      "/login?next=%2F",
      "/api/v1/me",
      "/" + "x".repeat(2001),
      undefined,
      ["/claims/a"],
    ]) {
      expect(safeReturnPath(bad), String(bad)).toBeNull();
    }
    expect(signInPathFor(null)).toBe("/login");
    expect(signInPathFor("/")).toBe("/login");
    expect(signInPathFor("//evil.example")).toBe("/login");
  });
});
