// Claims told by two articles on the same story (lib/similar/story.ts): a pair under the threshold
// is suggested only within a story the articles already share, one to one, with the bonus shown.
import { describe, expect, it } from "vitest";
import type { MatchReasons } from "@/lib/similar/score";
import { rankArticleClaims } from "@/lib/similar/rank";
import { storyArticles, suggestWithStory, type ScoredPair } from "@/lib/similar/story";

const reasons: MatchReasons = { sharedKeys: [], sharedWords: [], sharedNumbers: [], conflicts: [] };
const pair = (claimId: string, earlierId: string, earlierArticleId: string, score: number, threshold = 0.42): ScoredPair => ({
  claimId,
  earlierId,
  earlierArticleId,
  score,
  threshold,
  reasons,
});
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((item) => item.id);

describe("suggestWithStory", () => {
  const claims = ["c1", "c2", "c3"];

  it("aligns a claim under the threshold with a claim of an article the story already shares", () => {
    const result = suggestWithStory(claims, [pair("c1", "e1", "A", 0.6), pair("c2", "e2", "A", 0.3)], { bonus: 0.17, limit: 3 });
    expect(ids(result.get("c1"))).toEqual(["e1"]);
    const [aligned] = result.get("c2")!;
    expect(aligned).toMatchObject({ id: "e2", score: 0.47 });
    expect(aligned!.reasons.sameStory).toEqual({ articleId: "A", wordScore: 0.3 });
    expect(result.get("c3")).toEqual([]);
  });

  it("aligns nothing from an article no claim matched on its own words", () => {
    const result = suggestWithStory(claims, [pair("c1", "e1", "A", 0.6), pair("c2", "x1", "B", 0.35)], { bonus: 0.17, limit: 3 });
    expect(result.get("c2")).toEqual([]);
  });

  it("needs the pair to reach its threshold with the bonus (the short-claim threshold included)", () => {
    const result = suggestWithStory(
      claims,
      [pair("c1", "e1", "A", 0.6), pair("c2", "e2", "A", 0.24), pair("c3", "e3", "A", 0.36, 0.55)],
      { bonus: 0.17, limit: 3 },
    );
    expect(result.get("c2")).toEqual([]);
    expect(result.get("c3")).toEqual([]);
  });

  it("pairs one to one, best pair first, and never re-uses an earlier claim already matched", () => {
    const result = suggestWithStory(
      claims,
      [
        pair("c1", "e1", "A", 0.6),
        // c2 and c3 both lean to e2; c2's pair is the better one. c3 then takes e3.
        pair("c2", "e2", "A", 0.33),
        pair("c3", "e2", "A", 0.3),
        pair("c3", "e3", "A", 0.27),
        // e1 is c1's: nobody else is aligned with it.
        pair("c2", "e1", "A", 0.4),
      ],
      { bonus: 0.17, limit: 3 },
    );
    expect(ids(result.get("c2"))).toEqual(["e2"]);
    expect(ids(result.get("c3"))).toEqual(["e3"]);
  });

  it("gives a claim that matched on its own words no aligned pair", () => {
    const result = suggestWithStory(claims, [pair("c1", "e1", "A", 0.6), pair("c1", "e2", "A", 0.4)], { bonus: 0.17, limit: 3 });
    expect(ids(result.get("c1"))).toEqual(["e1"]);
  });

  it("takes the story and the taken claims from the article's other claims (the stored context)", () => {
    const context = { relatedArticles: new Set(["A"]), takenEarlier: new Set(["e1"]) };
    const result = suggestWithStory(["c2"], [pair("c2", "e1", "A", 0.35), pair("c2", "e2", "A", 0.3)], {
      context,
      bonus: 0.17,
      limit: 3,
    });
    expect(ids(result.get("c2"))).toEqual(["e2"]);
  });

  it("aligns nothing when the bonus is 0 (the setting turns it off)", () => {
    const result = suggestWithStory(claims, [pair("c1", "e1", "A", 0.6), pair("c2", "e2", "A", 0.41)], { bonus: 0, limit: 3 });
    expect(result.get("c2")).toEqual([]);
  });

  it("orders the story's articles by how many claims matched them on their own words", () => {
    const pairs = [pair("c1", "e1", "A", 0.6), pair("c2", "b1", "B", 0.5), pair("c3", "b2", "B", 0.7), pair("c3", "z", "Z", 0.1)];
    expect(storyArticles(pairs, { relatedArticles: new Set(["C"]), takenEarlier: new Set() })).toEqual(["B", "A", "C"]);
  });
});

describe("rankArticleClaims", () => {
  const earlier = [
    { id: "e1", articleId: "A", statement: "At least 12 people were killed in the airstrike on the main hospital in Zarqa on Tuesday." },
    { id: "e2", articleId: "A", statement: "The hospital had 120 beds and served about 200,000 people in the district." },
  ];
  const claims = [
    { id: "c1", statement: "Twelve people died when the main hospital in Zarqa was bombed on Tuesday.", candidates: [earlier[0]!] },
    // Its words alone find no candidate: the story's claims are read for it.
    { id: "c2", statement: "The facility, with 120 beds, served some 200,000 residents.", candidates: [] },
  ];

  it("reads the story's claims for a claim its words left without a candidate", async () => {
    const asked: string[][] = [];
    const result = await rankArticleClaims(claims, {
      bonus: 0.17,
      storyClaims: async (articleIds) => {
        asked.push(articleIds);
        return earlier;
      },
    });
    expect(asked).toEqual([["A"]]);
    expect(ids(result.get("c1"))).toEqual(["e1"]);
    expect(ids(result.get("c2"))).toEqual(["e2"]);
  });

  it("without the bonus, ranks each claim on its own words only", async () => {
    const result = await rankArticleClaims(claims, { bonus: 0, storyClaims: async () => earlier });
    expect(result.get("c2")).toEqual([]);
  });
});
