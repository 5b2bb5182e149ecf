// Issue 14: an Arabic article is imported with its claims, and search finds it by Arabic words
// whatever their diacritics, tatweel and letter variants, the same at index and query time.
// English search keeps its stemming.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importArticle } from "@/lib/articles/mutations";
import { listArticleOverviews } from "@/lib/dashboard/articles";
import { articleListFiltersSchema } from "@/lib/dashboard/schema";
import { normaliseForSearch } from "@/lib/dashboard/search-normalise";
import type { CurrentUser } from "@/lib/auth/identity";
import { makeUser, uniqueSuffix } from "./factories";

// Written with full diacritics and a tatweel in places, as some sources publish.
const BODY = [
  "دمشق - سانا",
  "وأعلنت وكالة الأنباء السورية الرسمية (سانا) أن ١٢ شخصاً قُتلوا في انفجار بمدينة حمص يوم الثلاثاء.",
  "وقالت وزارة الصحة إن المستشفيات استقبلت ٤٥ مُصاباً، بينهم ثمانية أطفال.",
  "وذكرت المحافظة أن فرق الدفاع المدني أجْلَت 300 عائلة من المبانـي المتضررة في حي الإنشاءات.",
].join("\n\n");

let editor: CurrentUser;
let articleId: string;
let title: string;
const ids = async (q: string) =>
  (await listArticleOverviews(editor, articleListFiltersSchema.parse({ q }))).map((row) => row.id);

beforeAll(async () => {
  editor = await makeUser("EDITOR");
  title = `مستشفى حلب يستقبل الجرحى ${uniqueSuffix()}`;
  const article = await importArticle(editor, { title, body: `${BODY}\n\nمرجع ${uniqueSuffix()}.` });
  articleId = article.article.id;
});

describe("Arabic import", () => {
  it("extracts the wire story's claims, the agency's announcement included", async () => {
    const claims = await db.claim.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } });
    const texts = claims.map((c) => c.text);
    expect(texts.some((t) => t.startsWith("وأعلنت وكالة الأنباء السورية"))).toBe(true);
    expect(texts.some((t) => t.startsWith("وقالت وزارة الصحة"))).toBe(true);
    // The dateline is not a claim.
    expect(texts).not.toContain("دمشق - سانا");
  });
});

describe("Arabic search", () => {
  it("finds claims by a word with or without diacritics and letter variants", async () => {
    // Written as in the text, and bare.
    expect(await ids("قُتلوا")).toContain(articleId);
    expect(await ids("قتلوا")).toContain(articleId);
    // ta marbuta written as ha, alef with hamza written bare.
    expect(await ids("وكاله الانباء")).toContain(articleId);
    // A diacritic and a tatweel the text does not have.
    expect(await ids("الأنْبـــاء")).toContain(articleId);
    // The text has a diacritic and a bare alef; the query has hamza-below alef.
    expect(await ids("أجلت")).toContain(articleId);
    // Tatweel in the text (المبانـي), none in the query.
    expect(await ids("المباني")).toContain(articleId);
    // The attached article and conjunction do not hide the word (Arabic stemming).
    expect(await ids("أنباء")).toContain(articleId);
    // Arabic-Indic digits in the text, Western digits in the query.
    expect(await ids("45 مصابا")).toContain(articleId);
    // A word the article does not contain.
    expect(await ids("زلزال")).not.toContain(articleId);
  });

  it("finds the title with alef maqsura written as ya", async () => {
    expect(await ids("مستشفي حلب")).toContain(articleId);
    expect(await ids("مُسْتَشْفَى")).toContain(articleId);
  });

  it("normalises the same way in SQL and in TypeScript", async () => {
    const samples = ["وأعْلَنَتْ", "الإنشاءات", "آلاف", "ٱلله", "مستشفى", "وكالة", "المبانـــي", "٤٥ و ۱۲", "Councils met", "قُتِلُوا"];
    for (const s of samples) {
      const [row] = await db.$queryRaw<{ n: string }[]>`SELECT claimledger_search_normalise(${s}) AS n`;
      expect(row.n, s).toBe(normaliseForSearch(s));
    }
  });
});

describe("English search", () => {
  it("still stems English words", async () => {
    const marker = `kestrel${uniqueSuffix()}`;
    const english = await importArticle(editor, {
      title: `Councils approve ${marker} budget`,
      body: `The councils approved a budget of $4 million for ${marker} schools on Tuesday, officials said.\n\nRef ${uniqueSuffix()}.`,
    });
    expect(await ids(`council ${marker}`)).toEqual([english.article.id]);
    expect(await ids(`approving ${marker}`)).toEqual([english.article.id]);
    expect(await ids(`"${marker} budget"`)).toEqual([english.article.id]);
    expect(await ids(`${marker} -budget`)).toEqual([]);
  });
});
