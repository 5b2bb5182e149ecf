// Similar claims within a story (issue 18, lib/similar/story.ts) against the database: a claim
// whose words alone score under the threshold is suggested when its article and the earlier one
// already share a claim matched on its own words, one to one, with the bonus shown and the stored
// matches of the article's other claims as the story when one claim is checked again.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as listSimilar } from "@/app/api/v1/claims/[id]/similar/route";
import { importArticle } from "@/lib/articles/mutations";
import type { CurrentUser } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { checkSimilarity } from "@/lib/similar/check";
import { DEFAULT_SUGGEST_THRESHOLD } from "@/lib/similar/settings";
import { createApiToken } from "@/lib/tokens/mutations";
import { callRoute } from "./api-harness";
import { makeUser, uniqueSuffix } from "./factories";

/** A town name of letters only, so this run's articles share words with nobody else's. */
const town = () => `Zur${uniqueSuffix().replace(/\d/g, (d) => "bcdfghjklm"[Number(d)]!)}`;

interface Item {
  claimId: string;
  articleId: string;
  score: number;
  sameStory: { wordScore: number } | null;
  sharedWords: string[];
}

async function importText(editor: CurrentUser, sentences: string[]) {
  const { article, claims } = await importArticle(editor, { title: `Story ${uniqueSuffix()}`, body: sentences.join("\n\n") });
  const rows = await db.claim.findMany({
    where: { id: { in: claims.map((claim) => claim.id) } },
    select: { id: true, statement: true },
  });
  const claimWith = (words: string) => rows.find((row) => row.statement.includes(words))!.id;
  await checkSimilarity(rows.map((row) => row.id));
  return { article, claimWith };
}

describe("similar claims within a story", () => {
  const place = town();
  let editor: CurrentUser;
  let token: string;
  let first: Awaited<ReturnType<typeof importText>>;
  let second: Awaited<ReturnType<typeof importText>>;

  const similar = async (claimId: string) => {
    const answer = await callRoute(listSimilar, { method: "GET", url: `/api/v1/claims/${claimId}/similar`, params: { id: claimId }, token });
    expect(answer.status).toBe(200);
    return (answer.body as { items: Item[] }).items;
  };

  beforeAll(async () => {
    editor = await makeUser("EDITOR");
    token = (await createApiToken(editor, { name: "story" })).token;
    // A story no other file tells (files run at once on one database; the similar-claims file
    // tells a hospital strike).
    first = await importText(editor, [
      `At least 9 people died when the old bridge over the river in ${place} collapsed on Friday.`,
      `The bridge carried about 30,000 vehicles across the river every day.`,
    ]);
    second = await importText(editor, [
      `Nine people were killed when the old bridge in ${place} collapsed on Friday.`,
      // Under the threshold on its words alone ("every day" and "each day" would be one word since
      // the daily family; "on weekdays" is not).
      `The crossing handled some 30,000 cars on weekdays.`,
    ]);
  });

  afterEach(() => {
    delete process.env.CLAIMLEDGER_SIMILAR_STORY_BONUS;
  });

  it("suggests the story's claim its words alone leave under the threshold, with the bonus shown", async () => {
    expect((await similar(second.claimWith("Nine people"))).map((item) => item.claimId)).toContain(
      first.claimWith("At least 9 people"),
    );
    const items = await similar(second.claimWith("The crossing"));
    expect(items.map((item) => item.claimId)).toEqual([first.claimWith("30,000 vehicles")]);
    const [aligned] = items;
    expect(aligned!.sameStory!.wordScore).toBeLessThan(DEFAULT_SUGGEST_THRESHOLD);
    expect(aligned!.score).toBeGreaterThanOrEqual(DEFAULT_SUGGEST_THRESHOLD);
  });

  it("keeps the story when one claim is checked again (the other claims' stored matches)", async () => {
    await checkSimilarity([second.claimWith("The crossing")]);
    expect((await similar(second.claimWith("The crossing"))).map((item) => item.claimId)).toEqual([first.claimWith("30,000 vehicles")]);
  });

  it("meets words across English and Arabic through the dictionary (the tests' own, tests/fixtures/dictd)", async () => {
    const english = await importText(editor, [`A steering malfunction caused the ferry to run aground near ${place} on Monday.`]);
    const arabic = await importText(editor, [`تسبب عطل في جهاز التوجيه في جنوح العبارة قرب ${place} يوم الاثنين.`]);
    const items = await similar(arabic.claimWith("عطل"));
    expect(items.map((item) => item.claimId)).toEqual([english.claimWith("steering malfunction")]);
    expect(items[0]!.sharedWords).toEqual(expect.arrayContaining(["steering", "malfunction"]));
  });

  it("aligns nothing with the bonus set to 0", async () => {
    process.env.CLAIMLEDGER_SIMILAR_STORY_BONUS = "0";
    await checkSimilarity([second.claimWith("The crossing")]);
    expect(await similar(second.claimWith("The crossing"))).toEqual([]);
  });
});
