// What a saved news page says about itself: headline, publisher, publication date, byline and
// address, read from its <meta> tags (Open Graph, Twitter, article:*, author) and its schema.org
// JSON-LD (NewsArticle and kin, also inside "@graph"), to prefill the import form. Pure: the facts
// lib/articles/html.ts collected from the page in, plain strings out; every field may be missing.
//
// The page's own metadata is preferred over guessing from the markup because publishers fill it
// in for search engines and social cards, so it is usually right; where sources disagree the
// order below is the one that was right on the pages we tried (see docs/import.md).

export interface PageFacts {
  /** Every <meta> with content, keyed by its property, name or itemprop (lower case), in page order. */
  metas: Array<{ key: string; content: string }>;
  /** The text of each <script type="application/ld+json">. */
  jsonLd: string[];
  /** The <title> text. */
  documentTitle?: string;
  /** The first <h1> text. */
  firstHeading?: string;
  /** <link rel="canonical" href>. */
  canonical?: string;
  /** The text of the page's first byline element (rel="author", class "author" or "byline"). */
  bylineText?: string;
}

export interface PageMetadata {
  /** The headline without the site's name ("Port reopens | The Herald" → "Port reopens"). */
  title?: string;
  publisher?: string;
  /** The publication day as the page states it (its own time zone), YYYY-MM-DD. */
  publishedAt?: string;
  /** Who wrote it, as one line ("Lena Okafor and Dev Patel"). */
  byline?: string;
  /** The article's http(s) address. */
  url?: string;
}

const MAX_TITLE = 300;
const MAX_PUBLISHER = 200;
const MAX_BYLINE = 200;
/** A JSON-LD block larger than this is not metadata (some pages put app state there); skipped. */
const MAX_JSON_LD_CHARS = 512 * 1024;

const clean = (value: unknown): string | undefined => {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return text || undefined;
};

const cap = (value: string | undefined, max: number) =>
  value && value.length > max ? value.slice(0, max).trim() : value;

// ---------------------------------------------------------------------------------------------
// JSON-LD

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Types of the article itself, best first: a news article's publisher beats a blog post's. */
const ARTICLE_TYPES = [
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "BackgroundNewsArticle",
  "OpinionNewsArticle",
  "ReviewNewsArticle",
  "AskPublicNewsArticle",
  "LiveBlogPosting",
  "Article",
  "Report",
  "BlogPosting",
  "SocialMediaPosting",
  "WebPage",
];

const typesOf = (node: JsonObject): string[] =>
  asList(node["@type"])
    .filter((type): type is string => typeof type === "string")
    // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
    .map((type) => type.replace(/^.*[/:#]/, ""));

/**
 * JSON-LD as pages really write it: several blocks, a block that is an array, "@graph" arrays,
 * and raw line breaks inside strings (invalid JSON that browsers and search engines accept).
 */
export function jsonLdNodes(blocks: string[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 3) return;
    for (const item of asList(value)) {
      if (!isObject(item)) continue;
      nodes.push(item);
      if (item["@graph"] !== undefined) visit(item["@graph"], depth + 1);
    }
  };
  for (const block of blocks) {
    if (block.length > MAX_JSON_LD_CHARS) continue;
    const parsed = parseJson(block) ?? parseJson(block.replace(/[\u0000-\u001f]+/g, " "));
    if (parsed !== undefined) visit(parsed, 0);
  }
  return nodes;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.trim().replace(/^<!--/, "").replace(/-->$/, ""));
  } catch {
    return undefined;
  }
}

/** The article node: the first of the best-ranked type. */
function articleNode(nodes: JsonObject[]): JsonObject | undefined {
  let best: JsonObject | undefined;
  let bestRank = ARTICLE_TYPES.length;
  for (const node of nodes) {
    for (const type of typesOf(node)) {
      const rank = ARTICLE_TYPES.indexOf(type);
      if (rank >= 0 && rank < bestRank) {
        best = node;
        bestRank = rank;
      }
    }
  }
  return best;
}

/** A value that may be a {"@id"} reference to another node of the same page. */
function resolve(value: unknown, nodes: JsonObject[]): unknown {
  if (!isObject(value)) return value;
  const id = value["@id"];
  if (typeof id !== "string" || Object.keys(value).length > 1) return value;
  return nodes.find((node) => node !== value && node["@id"] === id) ?? value;
}

/** The names of a person/organization value: a string, an object with "name", or a list of those. */
function namesOf(value: unknown, nodes: JsonObject[]): string[] {
  return asList(value)
    .map((item) => resolve(item, nodes))
    .map((item) => (isObject(item) ? clean(item.name) : clean(item)))
    .filter((name): name is string => name !== undefined && !isUrl(name));
}

function urlOf(value: unknown, nodes: JsonObject[]): string | undefined {
  for (const item of asList(value)) {
    const resolved = resolve(item, nodes);
    const url = isObject(resolved) ? (clean(resolved["@id"]) ?? clean(resolved.url)) : clean(resolved);
    if (url && isHttpUrl(url)) return url;
  }
  return undefined;
}

interface JsonLdFacts {
  headline?: string;
  publisher?: string;
  website?: string;
  datePublished?: string;
  authors: string[];
  url?: string;
}

function jsonLdFacts(blocks: string[]): JsonLdFacts {
  const nodes = jsonLdNodes(blocks);
  const article = articleNode(nodes);
  const website = nodes.find((node) => typesOf(node).includes("WebSite"));
  if (!article) return { authors: [], website: clean(website?.name) };
  return {
    headline: clean(article.headline) ?? clean(article.name),
    publisher: namesOf(article.publisher, nodes)[0] ?? namesOf(article.sourceOrganization, nodes)[0],
    website: clean(website?.name),
    datePublished: clean(article.datePublished) ?? clean(article.dateCreated),
    authors: namesOf(article.author, nodes),
    url: urlOf(article.url, nodes) ?? urlOf(article.mainEntityOfPage, nodes),
  };
}

// ---------------------------------------------------------------------------------------------
// Titles

/** Separators pages put between a headline and the site's name, spaced as they write them. */
const TITLE_SEPARATOR = /\s+(?:[|\-–—·•»:]|::|\/|\\)\s+/g;

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The headline without the site's name, which pages put before or after it behind a separator
 * ("Headline | Site", "Headline - Site", "Headline — Site", "Site: Headline"). A segment counts as
 * the site when it matches a name the page gives itself (og:site_name, the publisher, the
 * address's host); with no name to match, only a short last segment behind " | " is taken for
 * one, since "|" is rarely part of a headline while dashes often are ("Live - Day 3").
 */
export function stripSiteName(title: string, siteNames: string[]): string {
  const text = title.replace(/\s+/g, " ").trim();
  const names = siteNames.map(letters).filter((name) => name.length >= 2);
  const separators = [...text.matchAll(TITLE_SEPARATOR)];
  if (separators.length === 0) return text;
  // "Herald" names "The Coastal Herald"; "The Coastal Herald" names the host "coastalherald"; but
  // "Herald reporters were attacked" is a headline that happens to contain the name.
  const isSite = (segment: string) => {
    // "CoastalHerald.example", "www.herald.co.uk": the name without its domain ending.
    const key = letters(
      segment
        .trim()
        .replace(/^www\./i, "")
        .replace(/(?:\.[a-z]{2,})+$/i, ""),
    );
    if (key.length < 3) return false;
    return names.some(
      (name) => name === key || name.includes(key) || (key.includes(name) && key.length <= name.length + 6),
    );
  };
  // The site's name after the last separator, or before the first one.
  const last = separators[separators.length - 1];
  const lastStart = (last.index ?? 0) + last[0].length;
  const head = text.slice(0, last.index).trim();
  if (head && isSite(text.slice(lastStart))) return stripSiteName(head, siteNames);
  const first = separators[0];
  const tail = text.slice((first.index ?? 0) + first[0].length).trim();
  if (tail && isSite(text.slice(0, first.index))) return tail;
  // No name to match: a short " | Something" at the end is the site's name.
  const trailing = text.slice(lastStart).trim();
  if (last[0].trim() === "|" && wordCount(trailing) <= 4 && wordCount(head) >= 3) return head;
  return text;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// ---------------------------------------------------------------------------------------------
// Dates, addresses, people

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/**
 * The calendar day a date or date-time names, as written: "2025-03-14T23:30:00-05:00" is the
 * 14th where it was published, even though it is the 15th in UTC. Other formats that Date
 * understands ("Fri, 14 Mar 2025 07:45:00 GMT") give their UTC day. Years outside 1000–9999 and
 * impossible days (2025-02-30) give nothing.
 */
export function calendarDay(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const match = DATE_PREFIX.exec(text);
  if (match) {
    const [, year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const real = date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
    return real && Number(year) >= 1000 ? `${year}-${month}-${day}` : undefined;
  }
  if (!/[a-z]{3}/i.test(text) && !/^\d{4}\/\d{1,2}\/\d{1,2}/.test(text)) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? date.toISOString().slice(0, 10) : undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
  } catch {
    return false;
  }
}

const isUrl = (value: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value);

/** "Lena Okafor", "Lena Okafor and Dev Patel", "A, B and C". */
function joinNames(names: string[]): string | undefined {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0];
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

/** A byline as pages write it in <meta name="author">: "By Lena Okafor" → "Lena Okafor". */
const withoutBy = (text: string) => text.replace(/^by\s+/i, "");

const hostName = (url: string | undefined) => {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "").replace(/\.[^.]+$/, "");
  } catch {
    return undefined;
  }
};

// ---------------------------------------------------------------------------------------------

/** The page's metadata, each field from the first source that has it. */
export function pageMetadata(facts: PageFacts): PageMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const found = facts.metas.find((entry) => entry.key === key && clean(entry.content));
      if (found) return clean(found.content);
    }
    return undefined;
  };
  const ld = jsonLdFacts(facts.jsonLd);

  const url = [meta("og:url"), facts.canonical, ld.url].map(clean).find((value) => value && isHttpUrl(value));
  const publisher = meta("og:site_name") ?? ld.publisher ?? meta("application-name") ?? ld.website;
  const siteNames = [publisher, ld.publisher, ld.website, meta("og:site_name"), hostName(url)].filter(
    (name): name is string => Boolean(name),
  );
  const rawTitle =
    meta("og:title") ?? meta("twitter:title") ?? ld.headline ?? clean(facts.documentTitle) ?? clean(facts.firstHeading);
  const title = rawTitle ? stripSiteName(rawTitle, siteNames) : undefined;

  const metaAuthor = meta("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author");
  const markupByline = clean(facts.bylineText);
  const byline =
    joinNames(ld.authors) ??
    (metaAuthor && !isUrl(metaAuthor) ? withoutBy(metaAuthor) : undefined) ??
    (markupByline && markupByline.length <= 100 ? withoutBy(markupByline) : undefined);

  const publishedAt = [
    meta("article:published_time"),
    ld.datePublished,
    meta(
      "og:published_time",
      "datepublished",
      "publishdate",
      "publish-date",
      "pubdate",
      "date",
      "dc.date.issued",
      "dc.date",
      "sailthru.date",
      "parsely-pub-date",
    ),
  ]
    .map(calendarDay)
    .find(Boolean);

  return {
    title: cap(title, MAX_TITLE),
    publisher: cap(publisher, MAX_PUBLISHER),
    publishedAt,
    byline: cap(byline, MAX_BYLINE),
    url: url && url.length <= 2000 ? url : undefined,
  };
}
