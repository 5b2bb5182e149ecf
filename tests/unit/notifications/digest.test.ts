import { describe, expect, it } from "vitest";
import { digestMail, notificationMail } from "@/lib/mail/templates/notification";
import { groupDigest, type DigestItem } from "@/lib/notifications/digest";

const item = (overrides: Partial<DigestItem>): DigestItem => ({
  kind: "OVERDUE",
  articleId: "a1",
  articleTitle: "Bridge report",
  claimId: "c1",
  claimNumber: 1,
  actorName: null,
  data: {},
  createdAt: new Date("2030-01-01T00:00:00Z"),
  ...overrides,
});

describe("digest grouping", () => {
  const items = [
    item({ kind: "SOURCE_CHANGED", claimId: "c9", claimNumber: 9, data: { state: "GONE" } }),
    item({ kind: "OVERDUE", claimId: "c3", claimNumber: 3 }),
    item({ kind: "OVERDUE", claimId: "c2", claimNumber: 2 }),
    item({
      kind: "ASSIGNED",
      articleId: "a0",
      articleTitle: "Airport strike",
      claimId: "c5",
      claimNumber: 5,
      actorName: "Eda",
    }),
  ];

  it("groups by article (by title), then kind in the kinds' order, claims by number", () => {
    const groups = groupDigest(items);
    expect(groups.map((g) => g.articleTitle)).toEqual(["Airport strike", "Bridge report"]);
    expect(groups[1]!.kinds.map((k) => k.kind)).toEqual(["OVERDUE", "SOURCE_CHANGED"]);
    expect(groups[1]!.kinds[0]!.items.map((i) => i.claimNumber)).toEqual([2, 3]);
    expect(groupDigest([])).toEqual([]);
  });

  it("renders one plain-text email with a heading per kind and a link per claim", () => {
    const mail = digestMail({
      to: "r@example.org",
      name: "Rae",
      groups: groupDigest(items),
      linkFor: (id) => `https://cl.example/claims/${id}`,
      articleLink: (id) => `https://cl.example/articles/${id}`,
      centreLink: "https://cl.example/notifications",
      settingsLink: "https://cl.example/settings/notifications",
    });
    expect(mail.subject).toBe("Your ClaimLedger digest: 4 notifications");
    expect(mail.text).toContain(
      "“Airport strike”\nhttps://cl.example/articles/a0\nAssigned to you:\n- Eda assigned claim C5 to you. https://cl.example/claims/c5",
    );
    expect(mail.text).toContain(
      "Overdue:\n- Your review of claim C2 is overdue. https://cl.example/claims/c2\n- Your review of claim C3 is overdue.",
    );
    expect(mail.text).toContain("A source you cited on claim C9 is gone.");
    expect(mail.text.indexOf("Airport strike")).toBeLessThan(mail.text.indexOf("Bridge report"));
    expect(mail.html).toContain('<a href="https://cl.example/claims/c2">');
  });

  it("escapes titles in the HTML part", () => {
    const mail = notificationMail({
      to: "r@example.org",
      name: "Rae",
      items: [
        {
          kind: "ASSIGNED",
          claimNumber: 4,
          actorName: "Eda",
          data: {},
          articleTitle: "<b>x</b>",
          link: "https://cl.example/claims/c4",
        },
      ],
      centreLink: "https://cl.example/notifications",
      settingsLink: "https://cl.example/settings/notifications",
    });
    expect(mail.subject).toBe("Eda assigned claim C4 to you · <b>x</b>");
    expect(mail.html).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>x</b>");
    expect(mail.text).toContain("In “<b>x</b>”: https://cl.example/claims/c4");
  });
});
