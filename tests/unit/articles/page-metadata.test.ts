import { describe, expect, it } from "vitest";
import { calendarDay, jsonLdNodes, pageMetadata, stripSiteName, type PageFacts } from "@/lib/articles/page-metadata";

const facts = (overrides: Partial<PageFacts>): PageFacts => ({ metas: [], jsonLd: [], ...overrides });
const metas = (entries: Record<string, string>) => Object.entries(entries).map(([key, content]) => ({ key, content }));

describe("stripSiteName", () => {
  const headline = "Port of Valdora to reopen in May";

  it.each([
    [" | ", "The Coastal Herald"],
    [" - ", "The Coastal Herald"],
    [" — ", "The Coastal Herald"],
    [" – ", "The Coastal Herald"],
    [" · ", "The Coastal Herald"],
    [" :: ", "The Coastal Herald"],
    [" | ", "Coastal Herald"], // part of the known name
    [" - ", "COASTAL  HERALD"], // case and spacing do not matter
  ])("removes the site name after %j (%s)", (separator, site) => {
    expect(stripSiteName(`${headline}${separator}${site}`, ["The Coastal Herald"])).toBe(headline);
  });

  it("removes the site name before the headline, and a section between", () => {
    expect(stripSiteName(`The Coastal Herald | ${headline}`, ["The Coastal Herald"])).toBe(headline);
    expect(stripSiteName(`${headline} - Business - The Coastal Herald`, ["The Coastal Herald"])).toBe(
      `${headline} - Business`,
    );
    expect(stripSiteName(`${headline} | Business | The Coastal Herald`, ["The Coastal Herald"])).toBe(headline);
  });

  it("matches the name of the page's host", () => {
    expect(stripSiteName(`${headline} — CoastalHerald.example`, ["coastalherald"])).toBe(headline);
  });

  it("keeps dashes and colons that belong to the headline", () => {
    expect(stripSiteName("Ukraine war - live updates", ["The Coastal Herald"])).toBe("Ukraine war - live updates");
    expect(stripSiteName("Markets rally as inflation cools - day 3", [])).toBe(
      "Markets rally as inflation cools - day 3",
    );
    expect(stripSiteName("Brexit: what happens next", ["Brexit Weekly"])).toBe("Brexit: what happens next");
    // A segment that merely contains the site's name is a headline, not the name.
    expect(stripSiteName("Herald reporters were attacked in the square - police", ["Herald"])).toBe(
      "Herald reporters were attacked in the square - police",
    );
  });

  it("without a known name, takes only a short last segment behind a pipe for the site", () => {
    expect(stripSiteName(`${headline} | Valdora Post`, [])).toBe(headline);
    expect(stripSiteName(`${headline} - Valdora Post`, [])).toBe(`${headline} - Valdora Post`);
    expect(stripSiteName("Short | A much longer segment of several words here", [])).toBe(
      "Short | A much longer segment of several words here",
    );
    expect(stripSiteName("  A   headline  ", [])).toBe("A headline");
  });
});

describe("jsonLdNodes", () => {
  it("reads @graph arrays, top-level arrays and several blocks", () => {
    const nodes = jsonLdNodes([
      JSON.stringify({
        "@context": "https://schema.org",
        "@graph": [{ "@type": "WebSite" }, { "@type": "NewsArticle" }],
      }),
      JSON.stringify([{ "@type": "Organization" }, { "@graph": [{ "@type": "Person" }] }]),
    ]);
    expect(nodes.map((node) => node["@type"]).filter(Boolean)).toEqual([
      "WebSite",
      "NewsArticle",
      "Organization",
      "Person",
    ]);
  });

  it("accepts raw line breaks inside strings and skips what is not JSON", () => {
    const nodes = jsonLdNodes(['{"@type": "NewsArticle", "headline": "Two\nlines"}', "not json {", ""]);
    expect(nodes).toHaveLength(1);
    expect(nodes[0].headline).toBe("Two lines");
  });
});

describe("calendarDay", () => {
  it("keeps the day the page states, whatever its offset", () => {
    expect(calendarDay("2025-03-14T23:30:00-05:00")).toBe("2025-03-14");
    expect(calendarDay("2025-03-14T07:45:00+01:00")).toBe("2025-03-14");
    expect(calendarDay("2025-03-14")).toBe("2025-03-14");
    expect(calendarDay("2025-03-14 07:45")).toBe("2025-03-14");
  });

  it("reads written-out dates in UTC, and refuses impossible ones", () => {
    expect(calendarDay("Fri, 14 Mar 2025 07:45:00 GMT")).toBe("2025-03-14");
    expect(calendarDay("2025-02-30")).toBeUndefined();
    expect(calendarDay("0999-12-31")).toBeUndefined();
    expect(calendarDay("yesterday")).toBeUndefined();
    expect(calendarDay("12345")).toBeUndefined();
    expect(calendarDay("")).toBeUndefined();
    expect(calendarDay(undefined)).toBeUndefined();
  });
});

describe("pageMetadata", () => {
  it("reads Open Graph, article: and author meta tags", () => {
    const found = pageMetadata(
      facts({
        metas: metas({
          "og:title": "Port of Valdora to reopen in May | The Coastal Herald",
          "og:site_name": "The Coastal Herald",
          "article:published_time": "2025-03-14T07:45:00+01:00",
          author: "By Marta Ilves",
          "og:url": "https://coastalherald.example/valdora",
        }),
        documentTitle: "Something else entirely",
      }),
    );
    expect(found).toEqual({
      title: "Port of Valdora to reopen in May",
      publisher: "The Coastal Herald",
      publishedAt: "2025-03-14",
      byline: "Marta Ilves",
      url: "https://coastalherald.example/valdora",
    });
  });

  it("falls back to twitter:title, then the <title> without the suffix, then the first <h1>", () => {
    const site = metas({ "og:site_name": "Daily Meridian" });
    expect(
      pageMetadata(facts({ metas: [...site, ...metas({ "twitter:title": "Twitter headline — Daily Meridian" })] }))
        .title,
    ).toBe("Twitter headline");
    expect(pageMetadata(facts({ metas: site, documentTitle: "Tab title - Daily Meridian" })).title).toBe("Tab title");
    expect(pageMetadata(facts({ firstHeading: "Only a heading" })).title).toBe("Only a heading");
  });

  it("reads a NewsArticle in a JSON-LD @graph: headline, publisher, date, authors, address", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Meridian Website" },
        { "@type": "NewsMediaOrganization", "@id": "#org", name: "Daily Meridian" },
        { "@type": "Person", "@id": "#lena", name: "Lena Okafor" },
        {
          "@type": ["NewsArticle", "Article"],
          headline: "Measles vaccination reaches 94%",
          datePublished: "2024-11-02T09:30:00Z",
          author: [{ "@id": "#lena" }, { "@type": "Person", name: "Dev Patel" }, "https://meridian.example/staff/x"],
          publisher: { "@id": "#org" },
          mainEntityOfPage: { "@id": "https://meridian.example/health/measles" },
        },
      ],
    };
    expect(pageMetadata(facts({ jsonLd: [JSON.stringify(graph)] }))).toEqual({
      title: "Measles vaccination reaches 94%",
      publisher: "Daily Meridian",
      publishedAt: "2024-11-02",
      byline: "Lena Okafor and Dev Patel",
      url: "https://meridian.example/health/measles",
    });
  });

  it("prefers a news article over other article types, and the page's meta tags over JSON-LD", () => {
    const blocks = [
      JSON.stringify({ "@type": "BlogPosting", headline: "Blog", publisher: "Blog Co" }),
      JSON.stringify({ "@type": "http://schema.org/NewsArticle", headline: "News", publisher: { name: "News Co" } }),
    ];
    expect(pageMetadata(facts({ jsonLd: blocks }))).toMatchObject({ title: "News", publisher: "News Co" });
    expect(pageMetadata(facts({ jsonLd: blocks, metas: metas({ "og:site_name": "OG Co" }) })).publisher).toBe("OG Co");
  });

  it("leaves out what the page does not say, or says unusably", () => {
    expect(pageMetadata(facts({}))).toEqual({});
    const found = pageMetadata(
      facts({
        metas: metas({
          "og:title": "   ",
          "article:published_time": "soon",
          author: "https://example.org/people/1",
          "og:url": "javascript:alert(1)",
        }),
        jsonLd: ["{ broken"],
        canonical: "/relative/path",
      }),
    );
    expect(found).toEqual({});
  });

  it("caps long values at the form's limits", () => {
    const found = pageMetadata(
      facts({ metas: metas({ "og:title": "word ".repeat(200), "og:site_name": "x".repeat(500) }) }),
    );
    expect(found.title?.length).toBeLessThanOrEqual(300);
    expect(found.publisher?.length).toBeLessThanOrEqual(200);
  });
});
