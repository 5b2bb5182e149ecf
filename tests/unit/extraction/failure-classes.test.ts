// One block per failure class of issue #12, each with examples written for this test (not taken
// from the gold texts): page chrome, bare spans, headlines restated by the lede, missed splits,
// numbers-heavy reports.
import { describe, expect, it } from "vitest";
import { candidateSpans, extractClaims, isBareSpan } from "@/lib/extraction";

const claimTexts = (text: string): string[] => extractClaims(text).map((c) => c.text);
const spans = (text: string): string[] => candidateSpans(text).map((c) => text.slice(c.start, c.end));

describe("page chrome is never a claim", () => {
  it("drops share feedback, share prompts, cookie and subscription prompts and skip links", () => {
    const page = [
      "Skip to content",
      "Skip to main navigation",
      "",
      "This website uses cookies to personalise content and analyse traffic. By clicking Accept, you consent to 14 partners processing your data.",
      "Accept all cookies",
      "Manage cookies",
      "",
      "Link copied",
      "Copied!",
      "Share this story",
      "Share on WhatsApp",
      "",
      "The city council approved a budget of 2.4 billion kroner for 2027 on Thursday.",
      "",
      "You've reached your limit of 4 free articles this month. Subscribe now for 1 euro a week.",
      "Already a subscriber? Log in",
      "Get the week's best science stories in your inbox every Friday.",
      "Tags: budget, council, kroner",
      "Source: City of Aarhus budget office",
      "12 comments",
      "4 min read",
    ].join("\n");
    expect(claimTexts(page)).toEqual([
      "The city council approved a budget of 2.4 billion kroner for 2027 on Thursday.",
    ]);
    expect(spans(page)).toEqual(["The city council approved a budget of 2.4 billion kroner for 2027 on Thursday."]);
  });

  it("drops relative times, author notes and publication notes, but not a sentence about a reporter", () => {
    const text = [
      "3 hours ago",
      "Just now",
      "Tomás Ruiz is a senior correspondent covering Latin American politics.",
      "This story was first published on 2 June 2026.",
      "Story continues below advertisement",
      "",
      "The reporter Anna Lind was detained in Minsk in 2021 and released 14 months later.",
    ].join("\n");
    expect(spans(text)).toEqual(["The reporter Anna Lind was detained in Minsk in 2021", "released 14 months later."]);
  });

  it("drops photo captions that end in a photographer's credit, wire credits and link furniture", () => {
    const text = [
      "Rescue workers search a collapsed building in Adana, Turkey, February 7, 2026. REUTERS/Kemal Aslan",
      "",
      "The quake damaged 2,300 buildings in Adana province, the governor said.",
      "",
      "A Reuters/Ipsos poll showed 61% of residents want the city rebuilt on the same site.",
      "",
      "Reporting by Ali Kucukgocmen; Editing by Gareth Jones",
      "Purchase Licensing Rights, opens new tab",
      "Advertisement · Scroll to continue",
    ].join("\n");
    expect(spans(text)).toEqual([
      "The quake damaged 2,300 buildings in Adana province, the governor said.",
      "A Reuters/Ipsos poll showed 61% of residents want the city rebuilt on the same site.",
    ]);
  });

  it("drops short lines of names with no verb and site footers, keeps short headlines with a verb", () => {
    const text = [
      "Related internet links",
      "Central Bank of Ireland",
      "",
      "Laura Byrne",
      "Business correspondent",
      "",
      "Dockers walk out in Antwerp",
      "",
      "The Irish Times is not responsible for the content of external sites.",
    ].join("\n");
    expect(spans(text)).toEqual(["Dockers walk out in Antwerp"]);
  });

  it("trims a dateline with a state between city and agency, and drops contributor notes", () => {
    const text = [
      "DENVER, Colo. (AP) — A wildfire destroyed 43 homes west of Boulder on Tuesday, officials said.",
      "",
      "Associated Press writer Mead Gruver contributed to this report.",
    ].join("\n");
    expect(spans(text)).toEqual(["A wildfire destroyed 43 homes west of Boulder on Tuesday, officials said."]);
  });

  it("reads a numbered menu as list items, not as sentences ending after the number", () => {
    const menu = "1. Home\n2. World\n3. Business\n10. Climate\n\nFlood waters closed 41 roads in the county on Sunday.";
    const found = spans(menu);
    expect(found).toEqual(["Flood waters closed 41 roads in the county on Sunday."]);
    expect(found.some((s) => /^\d+\.$/.test(s))).toBe(false);
  });

  it("still ends a sentence after a figure that ends it", () => {
    expect(spans("Turnout reached 64. Officials counted the ballots overnight in Leeds.")).toEqual([
      "Turnout reached 64.",
      "Officials counted the ballots overnight in Leeds.",
    ]);
  });

  it("never keeps a span that is only a number, a label or a UI string", () => {
    for (const bare of [
      "1.",
      "12)",
      "3-1",
      "Copied!",
      "Link copied!",
      "Climate",
      "Accept all",
      "Share this article",
      "Skip to content",
      "Read more",
    ]) {
      expect(isBareSpan(bare), bare).toBe(true);
    }
    for (const real of [
      "Prices fell 3%.",
      "Construction added 11,500",
      "Police arrested 14 people.",
      "東京都は新たに1200人の感染を確認した",
    ]) {
      expect(isBareSpan(real), real).toBe(false);
    }
    const text = "Copied!\n\n7.\n\nMarkets\n\nThe central bank kept its rate at 3.25% on Wednesday.";
    for (const c of extractClaims(text, { threshold: 0 })) expect(isBareSpan(c.text)).toBe(false);
  });
});

describe("headlines and decks restated by the article", () => {
  it("drops a headline and a deck when a sentence below states the same thing in full", () => {
    const text = [
      "Storm cuts power to 90,000 homes in Brittany",
      "",
      "Winds of up to 150 km/h cut power to homes across the region overnight",
      "",
      "Storm Ciarán cut power to about 90,000 homes in Brittany on Thursday as winds of up to 150 km/h swept across the region overnight, the grid operator Enedis said.",
      "",
      "Rail services between Rennes and Brest were suspended.",
    ].join("\n");
    expect(claimTexts(text)).toEqual([
      "Storm Ciarán cut power to about 90,000 homes in Brittany on Thursday as winds of up to 150 km/h swept across the region overnight, the grid operator Enedis said.",
      "Rail services between Rennes and Brest were suspended.",
    ]);
  });

  it("keeps a headline that says something the article does not restate", () => {
    const text =
      "Museum reopens after a two-year renovation\n\nThe restored east wing holds 300 paintings, the curator said.";
    expect(spans(text)[0]).toBe("Museum reopens after a two-year renovation");
  });
});

describe("missed splits with other connectors", () => {
  it("splits '…, the minister said as he announced that …'", () => {
    const text =
      "The bridge will reopen in June, the transport minister said as he announced that 1,800 workers had been hired.";
    const [first, second] = candidateSpans(text);
    expect(text.slice(first.start, first.end)).toBe("The bridge will reopen in June, the transport minister said");
    expect(text.slice(second.start, second.end)).toBe("he announced that 1,800 workers had been hired.");
    expect(second.statement).toBe("The transport minister announced that 1,800 workers had been hired.");
  });

  it("splits ', adding that …' and gives the continuation its speaker", () => {
    const text = "Retail sales rose 1.8% in April, the statistics agency said, adding that online sales grew 6%.";
    const parts = candidateSpans(text);
    expect(parts.map((p) => text.slice(p.start, p.end))).toEqual([
      "Retail sales rose 1.8% in April, the statistics agency said",
      "online sales grew 6%.",
    ]);
    expect(parts[1].statement).toBe("The statistics agency added that online sales grew 6%.");
  });

  it("splits ', while …' when a clause with its own subject follows", () => {
    expect(spans("Rice exports climbed 12% in March, while wheat exports fell 4%.")).toEqual([
      "Rice exports climbed 12% in March",
      "wheat exports fell 4%.",
    ]);
    // "while" opening the sentence, or followed by a participle, is not a second assertion.
    const subordinate = "While talks continued, rebels shelled the airport twice.";
    expect(spans(subordinate)).toEqual([subordinate]);
  });

  it("splits clauses joined by 'and' without a comma, but not coordinated subjects", () => {
    expect(spans("Mia Lund scored in the 12th minute and Karl Berg added a second before half-time.")).toEqual([
      "Mia Lund scored in the 12th minute",
      "Karl Berg added a second before half-time.",
    ]);
    const subjects = "To slow the advance, French and British aircraft struck the bridge at dawn.";
    expect(spans(subjects)).toEqual([subjects]);
    const pair = "Officials said roads between Tartus and Latakia were closed on Monday.";
    expect(spans(pair)).toEqual([pair]);
  });
});

describe("numbers-heavy reports", () => {
  it("gives each figure with its subject its own span, in series and after 'and'", () => {
    expect(
      spans("The Nikkei 225 rose 1.3% to 38,410.5, the Hang Seng slipped 0.4% and the KOSPI ended flat at 2,701.17."),
    ).toEqual([
      "The Nikkei 225 rose 1.3% to 38,410.5",
      "the Hang Seng slipped 0.4%",
      "the KOSPI ended flat at 2,701.17.",
    ]);
    expect(
      spans("Hospitals admitted 212 patients, clinics treated 1,406 and pharmacies dispensed 9,870 courses."),
    ).toEqual(["Hospitals admitted 212 patients", "clinics treated 1,406", "pharmacies dispensed 9,870 courses."]);
  });

  it("does not break sentences at decimals, index names or 'U.S.' before a figure", () => {
    const text =
      "The S&P 500 closed at 5,123.41. The U.S. 10-year yield rose to 4.25%. The FTSE 100 ended 0.3% lower at 8,120.7.";
    expect(spans(text)).toEqual([
      "The S&P 500 closed at 5,123.41.",
      "The U.S. 10-year yield rose to 4.25%.",
      "The FTSE 100 ended 0.3% lower at 8,120.7.",
    ]);
  });

  it("keeps an appositive whose noun looks like a verb with its clause", () => {
    const text = "The central bank cut its main rate to 3.5%, only the third cut since 2019.";
    expect(spans(text)).toEqual([text]);
  });

  it("keeps a trailing attribution out of the series and a comparison with its clause", () => {
    expect(spans("Copper fell 2.1% to $9,120 a tonne, the exchange said.")).toEqual([
      "Copper fell 2.1% to $9,120 a tonne, the exchange said.",
    ]);
    const comparison = "The coalition would hold 92 seats, two more than the 90 needed for a majority.";
    expect(spans(comparison)).toEqual([comparison]);
  });
});

describe("sentences the sentence model over-scores in articles", () => {
  const scoreOf = (text: string): number => candidateSpans(text)[0].score;

  it("lowers forecasts, plans and conditionals unless someone is reported saying them", () => {
    for (const forecast of [
      "The new terminal will open to passengers on 4 May 2027.",
      "Construction of the bypass is due to begin in 2028.",
      "Even if the levy were doubled, analysts think revenue would barely reach 2% of GDP.",
    ]) {
      expect(scoreOf(forecast), forecast).toBeLessThan(0.4);
      expect(candidateSpans(forecast)[0].reasons.join(" ")).toContain("forecast or plan");
    }
    expect(scoreOf("The mayor said on Monday that the new terminal will open on 4 May 2027.")).toBeGreaterThanOrEqual(
      0.4,
    );
  });

  it("lowers a quotation without a figure and a reported phrase without a verb", () => {
    const quote = '"The mood in the team has never been better," said coach Ilse Dekker.';
    const withFigure = '"We sold 40,000 tickets in two hours," said coach Ilse Dekker.';
    expect(scoreOf(quote)).toBeLessThan(scoreOf(withFigure));
    expect(candidateSpans(quote)[0].reasons).toContain("quoted view without a figure (−)");
    const verbless = "Lower fares for students and pensioners, say campaigners.";
    expect(scoreOf(verbless)).toBeLessThan(0.4);
  });
});
