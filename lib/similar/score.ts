// The similar-claim scorer: how alike two statements are (0..1) and why: the words and figures
// they share, and the figures they disagree on ("12 dead" vs "15 dead": pointed out, never
// hidden, and not enough on their own to drop a match). Pure; the database only finds candidates.
import { PLACE_KEY } from "./gazetteer";
import { EMPTY_LEXICON, mayTranslate, type Lexicon } from "./lexicon";
import { acronymsBetween, namesAcross, namesSpelledOtherwise } from "./names";
import { ARABIC } from "./stem";
import { readStatement, type Figure, type ReadStatement, type Token } from "./text";
import { broaderOf } from "./vocabulary";

export interface FigureConflict {
  /** The figure in the claim being checked, and the earlier claim's. */
  ours: string;
  theirs: string;
  /** The word both count ("@kill" reads as a concept key), when they share one. */
  unit: string | null;
}

export interface MatchReasons {
  /**
   * Comparable keys both statements share (stems or concepts), and each general key a specific
   * one covers together with that specific key (the hypernym layer).
   */
  sharedKeys: string[];
  /** The earlier claim's words that share a key, as written (for highlighting). */
  sharedWords: string[];
  sharedNumbers: string[];
  conflicts: FigureConflict[];
  /**
   * Set when the pair was aligned within a story (story.ts): the earlier article that tells the
   * same story, and the score on the words alone (the score shown adds the story bonus).
   */
  sameStory?: { articleId: string; wordScore: number };
}

export interface Similarity {
  score: number;
  reasons: MatchReasons;
}

const WEIGHT_WORD = 1;
const WEIGHT_WEAK = 1 / 3;
const WEIGHT_FIGURE = 1.5;
// A figure the other side states differently for the same thing still says the two are about
// the same event: it counts as half shared.
const CONFLICT_CREDIT = 0.5;
// A figure the other side gives rounded ("about 900" for 887) is the same figure, less exactly.
const ROUNDED_CREDIT = 0.8;
// Across languages a word no concept covers cannot be compared at all (a translation would read
// it; word matching cannot): it counts half, so what can be compared (figures, concepts, places,
// names) carries the match instead of being drowned by what cannot.
const WEIGHT_UNREAD_ACROSS = 0.5;
// Across languages, shared common concepts ("killed", "attack") and a figure told differently do
// not yet say it is the same event: without a figure both state alike or a place or name both
// mention, the score is discounted by this factor.
const UNANCHORED_ACROSS = 0.75;

/** Arabic when most of its words are. */
function isArabic(read: ReadStatement): boolean {
  const arabic = read.tokens.filter((token) => ARABIC.test(token.surface)).length;
  return arabic * 2 > read.tokens.length;
}

function keyWeights(read: ReadStatement, across: boolean): Map<string, number> {
  const weights = new Map<string, number>();
  for (const token of read.tokens) {
    let weight = token.weak ? WEIGHT_WEAK : WEIGHT_WORD;
    if (across && !token.key.startsWith("@")) weight *= WEIGHT_UNREAD_ACROSS;
    weights.set(token.key, Math.max(weights.get(token.key) ?? 0, weight));
  }
  return weights;
}

/**
 * Words no family shares whose translations meet across the two scripts ("إطفاء" / "extinguish"),
 * each word used once: [ours, theirs]. Only keys neither side already shares.
 */
function translationsAcross(
  a: ReadStatement,
  b: ReadStatement,
  lexicon: Lexicon,
  shared: (ours: string, theirs: string) => boolean,
): [Token, Token][] {
  const pairs: [Token, Token][] = [];
  const used = new Set<string>();
  for (const ours of a.tokens) {
    if (!lexicon.translations.has(ours.key) || used.has(ours.key)) continue;
    const theirs = b.tokens.find(
      (token) => !used.has(token.key) && !shared(ours.key, token.key) && mayTranslate(lexicon, ours.key, token.key),
    );
    if (!theirs) continue;
    used.add(ours.key).add(theirs.key);
    pairs.push([ours, theirs]);
  }
  return pairs;
}

/** The values of the figures told as figures (shares told in words are only ever matched roughly). */
function figureSet(figures: Figure[]): Set<string> {
  return new Set(figures.filter((figure) => !figure.rough).map((figure) => figure.value));
}

/** The place value a figure is given to: 900 → 100, 14000 → 1000, 32.3 → 0.1, 887 → 1. */
function precisionOf(value: string): number {
  const [whole, fraction] = value.replace("%", "").split(".");
  if (fraction) return 10 ** -fraction.length;
  const zeros = /0*$/.exec(whole!)![0].length;
  return zeros >= whole!.length ? 1 : 10 ** zeros;
}

// How far a precise figure may be from a round one and still be that round figure told precisely;
// further when one is told as approximate ("about 40" and 42, "some 4.6 million" and "more than 4.5
// million"; "40" and 42 may be an update).
const ROUNDING_TOLERANCE = 0.04;
const APPROXIMATE_TOLERANCE = 0.1;
// How far a share told in words may be from a percentage ("a third" and 32.3%, "two-fifths" and 40%).
const ROUGH_TOLERANCE = 0.1;

/**
 * One figure told as a round number and the other precisely ("about 900" and 887, "more than
 * 14,000" and 14,300, 32.3% and 32.25%): the precise one rounds to the round one at the round
 * one's place value, and they differ by at most 4%. Outlets round; that is agreement, not a
 * conflict. 12 and 15, or 38 and 41, are told at the same place value and stay conflicts.
 */
function roundedAlike(x: Figure, y: Figure): boolean {
  if (x.value.endsWith("%") !== y.value.endsWith("%")) return false;
  const [a, b] = [Number.parseFloat(x.value), Number.parseFloat(y.value)];
  // "Dozens" or "hundreds" on one side: any figure in its range is that count told precisely.
  if (x.range || y.range) {
    if (x.range && y.range) return false;
    const [range, value] = x.range ? [x.range, b] : [y.range!, a];
    return value >= range[0] && value <= range[1];
  }
  const tolerance = x.approximate || y.approximate ? APPROXIMATE_TOLERANCE : ROUNDING_TOLERANCE;
  const near = (p: number, q: number, share: number) => p > 0 && q > 0 && Math.abs(p - q) <= share * Math.max(p, q);
  // One span, distance or weight told in two units ("three days" / "72 hours", "100 miles" /
  // "160 km"): the same figure once converted, give or take the rounding a conversion brings.
  if (x.measure && y.measure && x.measure.unit !== y.measure.unit)
    return x.measure.dimension === y.measure.dimension && near(inBaseUnit(x), inBaseUnit(y), tolerance);
  // A share told in words ("a third", "nine in ten") is rough by nature: near enough is agreement.
  if (x.rough || y.rough) return !(x.rough && y.rough) && Math.abs(a - b) <= ROUGH_TOLERANCE * Math.max(a, b);
  if (!near(a, b, tolerance)) return false;
  // A figure told as approximate or as a bound ("some 4.6 million", "more than 4.5 million") need
  // not be a rounding of the other: within the tolerance is agreement.
  if (x.approximate || y.approximate) return true;
  const roundsTo = (precise: number, round: string) => {
    const step = precisionOf(round);
    // The small nudge keeps binary fractions on the right side of a half (32.25 / 0.1 is
    // 322.49999…): a figure ending in 5 rounds up, as people round.
    return step > precisionOf(String(precise)) && Math.abs(Math.round(precise / step + 1e-9) * step - Number.parseFloat(round)) < step / 1e6;
  };
  return roundsTo(a, y.value) || roundsTo(b, x.value);
}

/** Pairs of figures, one on each side, that are one figure rounded differently (roundedAlike). */
function roundedPairs(ours: Figure[], theirs: Figure[]): [Figure, Figure][] {
  const theirValues = figureSet(theirs);
  const ourValues = figureSet(ours);
  const pairs: [Figure, Figure][] = [];
  const used = new Set<Figure>();
  for (const figure of ours) {
    if (!figure.rough && theirValues.has(figure.value)) continue;
    const partner = theirs.find(
      (other) => !used.has(other) && (other.rough || !ourValues.has(other.value)) && roundedAlike(figure, other),
    );
    if (partner) {
      used.add(partner);
      pairs.push([figure, partner]);
    }
  }
  return pairs;
}

/** Two figures of a span, a distance or a weight, whatever units they are told in. */
const oneDimension = (x: Figure, y: Figure) => x.measure !== undefined && x.measure.dimension === y.measure?.dimension;

/** A figure's value, in its dimension's base unit when it is told in a convertible one. */
const inBaseUnit = (figure: Figure) => Number.parseFloat(figure.value) * (figure.measure?.size ?? 1);

/** Figures one side has and the other lacks, paired by the word they count (else one to one). */
function conflictsBetween(ours: Figure[], theirs: Figure[]): FigureConflict[] {
  const theirValues = figureSet(theirs);
  const ourValues = figureSet(ours);
  const rounded = roundedPairs(ours, theirs).flat();
  // Years and other figures that only one side mentions are detail, not disagreement; a figure
  // the other side gives rounded is agreement.
  const onlyOurs = ours.filter((figure) => !figure.rough && !theirValues.has(figure.value) && !rounded.includes(figure));
  const onlyTheirs = theirs.filter((figure) => !figure.rough && !ourValues.has(figure.value) && !rounded.includes(figure));
  const conflicts: FigureConflict[] = [];
  const used = new Set<Figure>();
  for (const figure of onlyOurs) {
    const partner = onlyTheirs.find((other) => !used.has(other) && ((other.unit !== null && other.unit === figure.unit) || oneDimension(figure, other)));
    if (partner) {
      used.add(partner);
      conflicts.push({ ours: figure.surface, theirs: partner.surface, unit: figure.unit });
    }
  }
  if (!conflicts.length && onlyOurs.length === 1 && onlyTheirs.length === 1) {
    const [figure, partner] = [onlyOurs[0]!, onlyTheirs[0]!];
    // Unpaired by unit, two figures are read as one count told differently only when they are of
    // a kind (a percentage and a count are not) and of a size (12 million is not 4.2 billion).
    const [x, y] = [inBaseUnit(figure), inBaseUnit(partner)];
    const ratio = Math.max(x, y) / Math.max(Math.min(x, y), 1e-9);
    if (figure.value.endsWith("%") === partner.value.endsWith("%") && ratio <= 3)
      conflicts.push({ ours: figure.surface, theirs: partner.surface, unit: null });
  }
  return conflicts;
}

/**
 * Character trigrams of the keys: catches inflections the stemmers leave apart. A concept key is
 * one gram of its own ("@civilian" and "@civildefence" are not alike because their names are).
 */
function trigrams(keys: Iterable<string>): Set<string> {
  const grams = new Set<string>();
  for (const key of keys) {
    if (key.startsWith("@")) {
      grams.add(key);
      continue;
    }
    const padded = `  ${key} `;
    for (let i = 0; i < padded.length - 2; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

/** How alike `statement` is to `earlier`, and why. */
export function scoreSimilarity(
  statement: string | ReadStatement,
  earlier: string | ReadStatement,
  lexicon: Lexicon = EMPTY_LEXICON,
): Similarity {
  const a = typeof statement === "string" ? readStatement(statement) : statement;
  const b = typeof earlier === "string" ? readStatement(earlier) : earlier;
  const across = isArabic(a) !== isArabic(b);
  const weightsA = keyWeights(a, across);
  const weightsB = keyWeights(b, across);
  const figuresA = figureSet(a.figures);
  const figuresB = figureSet(b.figures);

  let shared = 0;
  const sharedKeys: string[] = [];
  for (const [key, weight] of weightsA) {
    const other = weightsB.get(key);
    if (other !== undefined) {
      shared += Math.min(weight, other);
      sharedKeys.push(key);
    }
  }
  // The hypernym layer: a specific word on one side covers a general one on the other that it
  // belongs to ("lira" covers "currency"; "Kathmandu" covers "Nepal" and "the capital"; the WFP
  // covers "the agency"), each general word once. Two specific words of one kind never cover
  // each other: the lira is not the pound, Nairobi is not Kampala.
  const sharedSet = new Set(sharedKeys);
  const cover = (mine: Map<string, number>, theirs: Map<string, number>) => {
    for (const [key, weight] of mine) {
      if (theirs.has(key)) continue;
      for (const general of broaderOf(key)) {
        const other = theirs.get(general);
        if (other === undefined || mine.has(general) || sharedSet.has(general)) continue;
        shared += Math.min(weight, other);
        sharedSet.add(general);
        // Both keys, so each side's word is highlighted.
        sharedKeys.push(general, key);
      }
    }
  };
  cover(weightsA, weightsB);
  cover(weightsB, weightsA);
  let names = 0;
  if (!across) {
    for (const [acronym, run] of acronymsBetween(a, b)) {
      const [mine, theirs] = weightsA.has(acronym.key) ? [weightsA, weightsB] : [weightsB, weightsA];
      if (theirs.has(acronym.key) || run.some((token) => mine.has(token.key))) continue;
      // The full name is one name, as its initials are: its words together weigh one word.
      for (const token of run) theirs.set(token.key, WEIGHT_WORD / run.length);
      shared += WEIGHT_WORD;
      sharedKeys.push(acronym.key, ...run.map((token) => token.key));
    }
    for (const [ours, theirs] of namesSpelledOtherwise(a, b)) {
      // One name, whichever way it is spelled: a shared word.
      shared += Math.min(weightsA.get(ours.key) ?? WEIGHT_WORD, weightsB.get(theirs.key) ?? WEIGHT_WORD);
      sharedKeys.push(theirs.key, ours.key);
    }
  }
  if (across) {
    for (const [ours, theirs] of namesAcross(a, b)) {
      if (ours.some((key) => weightsB.has(key)) || theirs.some((key) => weightsA.has(key))) continue;
      // A name read in both scripts is a whole word again (its words together, when it has two):
      // the bridge did read it.
      shared += WEIGHT_WORD;
      for (const key of ours) weightsA.set(key, WEIGHT_WORD / ours.length);
      for (const key of theirs) weightsB.set(key, WEIGHT_WORD / theirs.length);
      sharedKeys.push(...theirs);
      names++;
    }
    // A key either side already shares (or a name just read) is not translated again.
    const taken = new Set(sharedKeys);
    const alreadyShared = (ours: string, theirs: string) =>
      taken.has(ours) || taken.has(theirs) || weightsB.has(ours) || weightsA.has(theirs);
    for (const [ours, theirs] of translationsAcross(a, b, lexicon, alreadyShared)) {
      // A translated word is a whole word again on both sides, as a name read in both scripts is:
      // the dictionary did read it. (Crediting it below a word, 0.75, lost 2 points of recall on
      // holdout7 and gained no precision: the senses it mixes are kept apart by the anchoring rule.)
      const weight = ours.weak || theirs.weak ? WEIGHT_WEAK : WEIGHT_WORD;
      weightsA.set(ours.key, weight);
      weightsB.set(theirs.key, weight);
      shared += weight;
      sharedKeys.push(theirs.key, ours.key);
    }
  }
  const sharedNumbers = [...figuresA].filter((value) => figuresB.has(value));
  shared += sharedNumbers.length * WEIGHT_FIGURE;
  const rounded = roundedPairs(a.figures, b.figures);
  shared += rounded.length * WEIGHT_FIGURE * ROUNDED_CREDIT;
  // A share told in words weighs only when it meets a figure: unmatched, it takes nothing away.
  const roughA = rounded.filter(([ours]) => ours.rough).length * WEIGHT_FIGURE;
  const roughB = rounded.filter(([, theirs]) => theirs.rough).length * WEIGHT_FIGURE;
  const conflicts = conflictsBetween(a.figures, b.figures);
  shared += conflicts.length * WEIGHT_FIGURE * CONFLICT_CREDIT;

  const total = (weights: Map<string, number>, figures: Set<string>) =>
    [...weights.values()].reduce((sum, weight) => sum + weight, 0) + figures.size * WEIGHT_FIGURE;
  const totalA = total(weightsA, figuresA) + roughA;
  const totalB = total(weightsB, figuresB) + roughB;
  if (!totalA || !totalB)
    return { score: 0, reasons: { sharedKeys: [], sharedWords: [], sharedNumbers: [], conflicts: [] } };

  // Dice rewards two statements of the same length saying the same; the overlap with the shorter
  // one keeps a claim matched when the other article adds a clause of detail.
  const dice = (2 * shared) / (totalA + totalB);
  const overlap = Math.min(1, shared / Math.min(totalA, totalB));
  // Character trigrams of keys say nothing across scripts: there the two other terms carry it all.
  const anchored = sharedNumbers.length > 0 || names > 0 || sharedKeys.some((key) => key.startsWith(PLACE_KEY));
  const score = across
    ? Math.min(1, ((0.45 * dice + 0.35 * overlap) / 0.8) * (anchored ? 1 : UNANCHORED_ACROSS))
    : Math.min(1, 0.45 * dice + 0.35 * overlap + 0.2 * jaccard(trigrams(weightsA.keys()), trigrams(weightsB.keys())));

  const keys = new Set(sharedKeys);
  const sharedWords = [...new Set(b.tokens.filter((token) => keys.has(token.key)).map((token) => token.surface))];
  return {
    score: Math.round(score * 1000) / 1000,
    reasons: { sharedKeys, sharedWords, sharedNumbers, conflicts },
  };
}
