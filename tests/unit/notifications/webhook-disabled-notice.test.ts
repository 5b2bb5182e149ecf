import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/notifications.json";
import ar from "@/lib/i18n/messages/ar/notifications.json";
import enWebhooks from "@/lib/i18n/messages/en/webhooks.json";
import { notificationApiView, notificationPath, webhookUrlOf } from "@/lib/notifications/api-view";
import { digestItemOf, groupDigest, type DigestSourceRow } from "@/lib/notifications/digest";
import { DEFAULT_CHANNELS, SERVER_NOTICE_KINDS } from "@/lib/notifications/kinds";
import { describeForMail, KIND_HEADINGS } from "@/lib/notifications/wording";
import { webhookDisabledData } from "@/lib/notifications/server-notices";

const url = "https://hooks.example.org/claimledger";
const failingSince = new Date("2030-01-01T00:00:00Z");

describe("the WEBHOOK_DISABLED notice", () => {
  it("is a server notice that stays in the app by default", () => {
    expect(SERVER_NOTICE_KINDS).toContain("WEBHOOK_DISABLED");
    expect(DEFAULT_CHANNELS.WEBHOOK_DISABLED).toBe("APP");
  });

  it("keeps the endpoint's id, URL and failing date, and nothing else (no secret)", () => {
    const data = webhookDisabledData({ endpointId: "e1", url, failingSince });
    expect(data).toEqual({ endpointId: "e1", url, failingSince: "2030-01-01T00:00:00.000Z" });
    expect(webhookUrlOf(data)).toBe(url);
    expect(webhookUrlOf({})).toBeNull();
    expect(webhookUrlOf(null)).toBeNull();
  });

  it("leads to Admin → Webhooks, with no article or claim in the API", () => {
    expect(notificationPath({ kind: "WEBHOOK_DISABLED", claimId: null, articleId: null })).toBe("/admin/webhooks");
    expect(notificationPath({ kind: "ASSIGNED", claimId: "c1", articleId: "a1" })).toBe("/claims/c1");
    expect(notificationPath({ kind: "SOURCE_CHANGED", claimId: null, articleId: "a1" })).toBe("/articles/a1");
    const view = notificationApiView({
      id: "n1",
      kind: "WEBHOOK_DISABLED",
      data: webhookDisabledData({ endpointId: "e1", url, failingSince }),
      readAt: null,
      createdAt: failingSince,
      articleId: null,
      claimId: null,
      actor: null,
      article: null,
      claim: null,
    });
    expect(view).toMatchObject({
      articleId: null,
      articleTitle: null,
      claimId: null,
      claimNumber: null,
      link: "/admin/webhooks",
      data: { url },
    });
  });

  it("is worded in both languages with the URL, and in the server's English mail wording", () => {
    expect(en.notifications.kinds.WEBHOOK_DISABLED).toBe("Webhook endpoint {url} was disabled after failing for a day");
    expect(ar.notifications.kinds.WEBHOOK_DISABLED).toContain("{url}");
    expect(ar.notificationSettings.kinds.WEBHOOK_DISABLED).toBeTruthy();
    expect(enWebhooks.webhooksAdmin.mailOff).toBe(
      "Email is off on this server (no SMTP settings): disabled endpoints are announced in the notification centre only.",
    );
    // The intro no longer promises an email whatever the settings.
    expect(enWebhooks.webhooksAdmin.intro).not.toMatch(/admins are emailed\./);
    expect(describeForMail({ kind: "WEBHOOK_DISABLED", claimNumber: null, actorName: null, data: { url } })).toBe(
      `Webhook endpoint ${url} was disabled after failing for a day.`,
    );
    expect(KIND_HEADINGS.WEBHOOK_DISABLED).toBe("Webhook endpoints disabled");
  });

  it("is left out of the daily digest, which still groups the others by article", () => {
    const base = {
      data: {},
      createdAt: failingSince,
      actor: null,
    };
    const rows: DigestSourceRow[] = [
      {
        ...base,
        kind: "WEBHOOK_DISABLED",
        articleId: null,
        claimId: null,
        data: { url },
        article: null,
        claim: null,
      },
      {
        ...base,
        kind: "OVERDUE",
        articleId: "a1",
        claimId: "c1",
        article: { title: "Bridge report" },
        claim: { number: 4 },
      },
      // A row whose claim is gone is left out too.
      { ...base, kind: "OVERDUE", articleId: "a1", claimId: "c2", article: { title: "Bridge report" }, claim: null },
    ];
    const items = rows.map(digestItemOf);
    expect(items[0]).toBeNull();
    expect(items[2]).toBeNull();
    expect(items[1]).toMatchObject({ kind: "OVERDUE", articleId: "a1", claimNumber: 4 });
    const groups = groupDigest(items.filter((item) => item !== null));
    expect(groups.map((group) => group.articleTitle)).toEqual(["Bridge report"]);
    expect(groups[0]!.kinds.map((kind) => kind.kind)).toEqual(["OVERDUE"]);
  });
});
