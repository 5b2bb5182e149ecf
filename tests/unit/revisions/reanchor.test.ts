// Re-anchoring claims onto a new revision: the cases issue 18 names (moved paragraph, edited word
// inside a quote, deleted sentence, a repeated look-alike that must not capture the claim), an
// Arabic revision, and the diff the revision view shows.
import { describe, expect, it } from "vitest";
import { CONTEXT_CHARS } from "@/lib/claims/spans";
import { diffTexts, OriginMap } from "@/lib/revisions/diff";
import { newClaimSpans } from "@/lib/revisions/new-claims";
import { reanchorClaims, type AnchoredClaim, type Reanchored } from "@/lib/revisions/reanchor";

/** A claim on the first occurrence (or the `nth`) of `quote` in `body`, with its context. */
function claimOn(body: string, quote: string, nth = 0, id = quote.slice(0, 12)): AnchoredClaim {
  let start = body.indexOf(quote);
  for (let skip = 0; skip < nth; skip++) start = body.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the body`);
  const end = start + quote.length;
  return {
    id,
    text: quote,
    start,
    end,
    prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: body.slice(end, end + CONTEXT_CHARS),
  };
}

function reanchor(oldBody: string, newBody: string, claims: AnchoredClaim[]): Reanchored[] {
  return reanchorClaims(oldBody, newBody, diffTexts(oldBody, newBody), claims);
}

const anchoredText = (body: string, result: Reanchored) =>
  result.state === "ORPHANED" ? null : body.slice(result.start, result.end);

const P1 = "The health ministry said 12 people were killed in the strike on Monday.";
const P2 = "Rescue teams worked through the night to reach survivors under the rubble.";
const P3 = "The army said it had withdrawn from two positions near the river.";

describe("re-anchoring", () => {
  it("keeps the same offsets when the text before a claim did not change", () => {
    const oldBody = `${P1}\n\n${P2}`;
    const newBody = `${P1}\n\n${P2} More details followed.`;
    const [result] = reanchor(oldBody, newBody, [claimOn(oldBody, P1)]);
    expect(result).toMatchObject({ state: "EXACT", start: 0, end: P1.length, how: "same-offsets" });
  });

  it("follows a moved paragraph exactly", () => {
    const oldBody = `${P1}\n\n${P2}\n\n${P3}`;
    const newBody = `${P3}\n\n${P1}\n\n${P2}`;
    const results = reanchor(oldBody, newBody, [claimOn(oldBody, P1), claimOn(oldBody, P3)]);
    for (const [index, quote] of [P1, P3].entries()) {
      expect(results[index].state).toBe("EXACT");
      expect(anchoredText(newBody, results[index])).toBe(quote);
    }
  });

  it("follows a claim whose offsets shifted because text was inserted before it", () => {
    const oldBody = `${P1}\n\n${P2}`;
    const newBody = `Updated at 14:00.\n\n${P1}\n\n${P2}`;
    const [result] = reanchor(oldBody, newBody, [claimOn(oldBody, P2)]);
    expect(result.state).toBe("EXACT");
    expect(anchoredText(newBody, result)).toBe(P2);
  });

  it("flags a quote with an edited word as needing a re-check, anchored on the edited sentence", () => {
    const oldBody = `${P1}\n\n${P2}`;
    const edited = P1.replace("12", "15");
    const newBody = `${edited}\n\n${P2}`;
    const [result] = reanchor(oldBody, newBody, [claimOn(oldBody, P1)]);
    expect(result.state).toBe("NEEDS_RECHECK");
    expect(anchoredText(newBody, result)).toBe(edited);
    expect(result.state === "NEEDS_RECHECK" && result.score).toBeGreaterThan(0.9);
  });

  it("orphans a claim whose sentence was deleted", () => {
    const oldBody = `${P1} ${P2}\n\n${P3}`;
    const newBody = `${P1}\n\n${P3}`;
    const results = reanchor(oldBody, newBody, [claimOn(oldBody, P2), claimOn(oldBody, P3)]);
    expect(results[0]).toEqual({ id: claimOn(oldBody, P2).id, state: "ORPHANED" });
    expect(results[1].state).toBe("EXACT");
  });

  it("does not let a repeated sentence capture the claim whose own copy was deleted", () => {
    const repeated = "Officials said the bridge would reopen next week.";
    const oldBody = `${P1} ${repeated}\n\n${P2}\n\n${P3} ${repeated}`;
    // The claim is on the first copy; the revision deletes it and keeps the second.
    const newBody = `${P1}\n\n${P2}\n\n${P3} ${repeated}`;
    const [result] = reanchor(oldBody, newBody, [claimOn(oldBody, repeated, 0)]);
    expect(result.state).toBe("ORPHANED");
  });

  it("does not let a look-alike sentence elsewhere capture a claim whose sentence was deleted", () => {
    const claim = "The ministry said 40 people were wounded in Aleppo on Sunday.";
    const lookAlike = "The ministry said 44 people were wounded in Idlib on Sunday.";
    const oldBody = `${claim} ${P2}\n\n${P3} ${lookAlike}`;
    const newBody = `${P2}\n\n${P3} ${lookAlike}`;
    const [result] = reanchor(oldBody, newBody, [claimOn(oldBody, claim)]);
    expect(result.state).toBe("ORPHANED");
  });

  it("picks the edited sentence, not a look-alike, when the claim's own sentence was edited", () => {
    const claim = "The ministry said 40 people were wounded in Aleppo on Sunday.";
    const lookAlike = "The ministry said 40 people were wounded in Idlib on Sunday.";
    const oldBody = `${P1}\n\n${claim}\n\n${P3} ${lookAlike}`;
    const edited = "The ministry said 41 people were wounded in Aleppo on Sunday night.";
    const newBody = `${P1}\n\n${edited}\n\n${P3} ${lookAlike}`;
    const [result] = reanchor(oldBody, newBody, [claimOn(oldBody, claim)]);
    expect(result.state).toBe("NEEDS_RECHECK");
    expect(anchoredText(newBody, result)).toContain("Aleppo");
  });

  it("tells two identical sentences apart by their context", () => {
    const repeated = "Officials said the bridge would reopen next week.";
    const oldBody = `In Homs, ${repeated}\n\nIn Hama, ${repeated}`;
    const newBody = `Update. In Homs, ${repeated}\n\nIn Hama, ${repeated}`;
    const [result] = reanchor(oldBody, newBody, [claimOn(oldBody, repeated, 1)]);
    expect(result.state).toBe("EXACT");
    expect(result.state !== "ORPHANED" && newBody.slice(result.start - 9, result.start)).toBe("In Hama, ");
  });

  it("asks more of a short quote than of a long one", () => {
    const short = "Prices rose 4%.";
    const oldBody = `${P1} ${short} ${P2}`;
    const newBody = `${P1} Costs fell 9%. ${P2}`;
    const [result] = reanchor(oldBody, newBody, [claimOn(oldBody, short)]);
    expect(result.state).toBe("ORPHANED");
  });

  it("re-anchors an Arabic revision: a moved sentence exactly, an edited number for a re-check", () => {
    const first = "قالت وزارة الصحة إن 12 شخصا قتلوا في الغارة يوم الاثنين.";
    const second = "وأعلن الجيش انسحابه من موقعين قرب النهر.";
    const third = "وعملت فرق الإنقاذ طوال الليل للوصول إلى الناجين.";
    const oldBody = `${first}\n\n${second}\n\n${third}`;
    const editedFirst = first.replace("12", "15");
    const newBody = `${second}\n\n${third}\n\n${editedFirst}`;
    const results = reanchor(oldBody, newBody, [claimOn(oldBody, first, 0, "a"), claimOn(oldBody, second, 0, "b")]);
    expect(results[0].state).toBe("NEEDS_RECHECK");
    expect(anchoredText(newBody, results[0])).toBe(editedFirst);
    expect(results[1].state).toBe("EXACT");
    expect(anchoredText(newBody, results[1])).toBe(second);
  });

  it("brings an orphan back only where its quote and whole context are together again", () => {
    const oldBody = `${P1} ${P2}\n\n${P3}`;
    const orphan = { ...claimOn(oldBody, P2), orphaned: true };
    expect(reanchor(`${P1}\n\n${P3}`, oldBody, [orphan])[0].state).toBe("EXACT");
    expect(reanchor(`${P1}\n\n${P3}`, `${P3} ${P2}`, [orphan])[0].state).toBe("ORPHANED");
  });
});

describe("the revision diff", () => {
  it("rebuilds both texts and reports inserted and deleted words, Arabic included", () => {
    const oldBody = "قالت الوزارة إن 12 شخصا قتلوا. The army withdrew.";
    const newBody = "قالت الوزارة إن 15 شخصا قتلوا. The army withdrew today.";
    const diff = diffTexts(oldBody, newBody);
    expect(diff.complete).toBe(true);
    expect(diff.parts.filter((p) => p.kind !== "inserted").map((p) => p.text).join("")).toBe(oldBody);
    expect(diff.parts.filter((p) => p.kind !== "deleted").map((p) => p.text).join("")).toBe(newBody);
    expect(diff.parts.filter((p) => p.kind === "deleted").map((p) => p.text)).toEqual(["12"]);
    expect(diff.parts.filter((p) => p.kind === "inserted").map((p) => p.text.trim())).toEqual(["15", "today"]);
    // Arabic words are whole tokens, not letters.
    expect(diff.parts.some((p) => p.kind === "equal" && p.text.includes("الوزارة"))).toBe(true);
  });

  it("maps offsets both ways", () => {
    const diff = diffTexts("Rebels took the town. Talks failed.", "Overnight, rebels took the town. Talks failed.");
    const map = new OriginMap(diff);
    expect(map.oldOffset("Overnight, rebels took the town. Talks failed.".indexOf("took"))).toBe("Rebels took".indexOf("took"));
    expect(map.oldOffset(0)).toBe(-1);
    expect(map.newOffset(0)).toBe(-1);
  });

  it("proposes only extracted claims in inserted text that overlap no anchored claim", () => {
    const oldBody = `${P1}\n\n${P2}`;
    const added = "The UN said 300 families had fled the town.";
    const newBody = `${P1}\n\n${added}\n\n${P2}`;
    const diff = diffTexts(oldBody, newBody);
    const span = (quote: string) => ({ start: newBody.indexOf(quote), end: newBody.indexOf(quote) + quote.length });
    const found = [span(P1), span(added), span(P2)];
    expect(newClaimSpans(found, diff, [span(P1)])).toEqual([span(added)]);
  });
});
