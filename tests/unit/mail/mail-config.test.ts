import { describe, expect, it } from "vitest";
import { appBaseUrl, mailConfig } from "@/lib/mail/config";
import { htmlFromText } from "@/lib/mail/html";
import { passwordResetMail } from "@/lib/mail/templates/password-reset";

describe("mail settings", () => {
  it("are on only with both SMTP_URL and CLAIMLEDGER_MAIL_FROM", () => {
    expect(mailConfig({})).toBeNull();
    expect(mailConfig({ SMTP_URL: "smtp://mail:25" })).toBeNull();
    expect(mailConfig({ CLAIMLEDGER_MAIL_FROM: "desk@example.org" })).toBeNull();
    expect(mailConfig({ SMTP_URL: " smtp://mail:25 ", CLAIMLEDGER_MAIL_FROM: "Desk <desk@example.org>" })).toEqual({
      smtpUrl: "smtp://mail:25",
      from: "Desk <desk@example.org>",
    });
  });

  it("link to NEXTAUTH_URL, else localhost on PORT", () => {
    expect(appBaseUrl({ NEXTAUTH_URL: "https://cl.example.org/" })).toBe("https://cl.example.org");
    expect(appBaseUrl({ PORT: "4000" })).toBe("http://localhost:4000");
  });
});

describe("messages", () => {
  it("have a plain-text part, and an escaped HTML part with the link clickable", () => {
    const mail = passwordResetMail({
      to: "ana@example.org",
      name: "Ana <script>",
      link: "https://cl.example.org/login/reset?token=abc&x=1",
      expiresAt: new Date("2030-01-01T10:00:00Z"),
    });
    expect(mail.text).toContain("https://cl.example.org/login/reset?token=abc&x=1");
    expect(mail.text).toContain("2030-01-01 10:00 UTC");
    expect(mail.html).toContain("Ana &lt;script&gt;");
    expect(mail.html).toContain('<a href="https://cl.example.org/login/reset?token=abc&amp;x=1">');
    expect(htmlFromText("a\n\nb")).toContain("<p>a</p>\n<p>b</p>");
  });
});
