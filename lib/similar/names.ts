// Names two statements share however they are written (score.ts credits them as shared words):
// one name in two scripts ("طبرق" / "Tobruk", "خور مور" / "Khor Mor"), spelled two ways in Latin
// script ("Sahil" / "Sahel"), or as initials and in full ("the SCA" / "the Suez Canal
// Authority"). Pure.
import { PLACE_KEY } from "./gazetteer";
import { ARABIC, normaliseText } from "./stem";
import { nameSkeleton, type ReadStatement, type Token } from "./text";
import { editDistance, skeleton, skeletonsMatch } from "./transliterate";

/**
 * Names spelled in two scripts ("طبرق" / "Tobruk"): pairs of words no concept covers whose
 * consonant skeletons match, each word used once; then names of two short words each too short
 * to compare alone ("خور مور" / "Khor Mor"), whose joined skeletons must be equal. Keys of the
 * two sides, as [ours, theirs].
 */
export function namesAcross(a: ReadStatement, b: ReadStatement): [string[], string[]][] {
  const pairs: [string[], string[]][] = [];
  const used = new Set<string>();
  for (const ours of a.tokens) {
    if (!ours.alias) continue;
    const theirs = b.tokens.find(
      (token) => token.alias && !used.has(token.key) && skeletonsMatch(ours.alias!, token.alias),
    );
    if (!theirs) continue;
    used.add(ours.key).add(theirs.key);
    pairs.push([[ours.key], [theirs.key]]);
  }
  const theirNames = twoWordNames(b);
  for (const ours of twoWordNames(a)) {
    if (ours.keys.some((key) => used.has(key))) continue;
    const theirs = theirNames.find((name) => name.skeleton === ours.skeleton && !name.keys.some((key) => used.has(key)));
    if (!theirs) continue;
    for (const key of [...ours.keys, ...theirs.keys]) used.add(key);
    pairs.push([ours.keys, theirs.keys]);
  }
  return pairs;
}

// A two-word name's joined skeleton this long or longer is compared ("Krmr").
const MIN_TWO_WORD_SKELETON = 4;

/** Adjacent words that may be one name, at least one of them too short to compare alone, with their joined skeleton. */
function twoWordNames(read: ReadStatement): { keys: string[]; skeleton: string }[] {
  const names: { keys: string[]; skeleton: string }[] = [];
  for (let i = 0; i + 1 < read.tokens.length; i++) {
    const [first, second] = [read.tokens[i]!, read.tokens[i + 1]!];
    if (second.start - first.end > 2 || (first.alias && second.alias)) continue;
    const [x, y] = [nameSkeleton(first), nameSkeleton(second)];
    if (!x || !y || x.length + y.length < MIN_TWO_WORD_SKELETON) continue;
    names.push({ keys: [first.key, second.key], skeleton: x + y });
  }
  return names;
}

/**
 * One name spelled two ways in Latin script ("Sahil" / "Sahel", "Mohammed" / "Muhammad"):
 * capitalised words the other side lacks, one letter apart (five letters or more) or of one
 * consonant skeleton (four consonants or more; shorter skeletons meet by chance: "Hamas" and
 * "Homs"). A place the gazetteer lists may meet a name it does not, by the place's spelling; two
 * listed places never (they are two places). Each word used once: [ours, theirs].
 */
export function namesSpelledOtherwise(a: ReadStatement, b: ReadStatement): [Token, Token][] {
  const keysA = new Set(a.tokens.map((token) => token.key));
  const keysB = new Set(b.tokens.map((token) => token.key));
  const namesB = b.tokens.flatMap((token) => {
    const name = latinName(token);
    return name && !keysA.has(token.key) ? [{ token, ...name }] : [];
  });
  const pairs: [Token, Token][] = [];
  const used = new Set<Token>();
  for (const ours of a.tokens) {
    const name = latinName(ours);
    if (!name || keysB.has(ours.key)) continue;
    const theirs = namesB.find(
      (other) =>
        !used.has(other.token) &&
        !(name.place && other.place) &&
        ((Math.min(name.spelling.length, other.spelling.length) >= 5 && editDistance(name.spelling, other.spelling) <= 1) ||
          (name.skeleton === other.skeleton && name.skeleton.length >= 4)),
    );
    if (!theirs) continue;
    used.add(theirs.token);
    pairs.push([ours, theirs.token]);
  }
  return pairs;
}

/** A capitalised Latin word as spelled (its key, or a listed place's own spelling) with its skeleton. */
function latinName(token: Token): { spelling: string; skeleton: string; place: boolean } | null {
  if (ARABIC.test(token.surface)) return null;
  if (token.alias) return { spelling: token.key, skeleton: token.alias, place: false };
  if (!token.key.startsWith(PLACE_KEY) || !/^\p{Lu}/u.test(token.surface)) return null;
  const spelling = normaliseText(token.surface);
  return { spelling, skeleton: skeleton(spelling), place: true };
}

// Words an organisation's initials skip ("Office for the Coordination of Humanitarian Affairs").
const SKIPPED_IN_INITIALS = new Set(["of", "for", "the", "and", "on", "in", "de", "al", "el"]);

/** The initials a token's words give ("Suez Canal" → "sc", "Authority" → "a"). */
function initialsOf(token: Token): string {
  return token.surface
    .split(/[\s-]+/)
    .filter((word) => word && !SKIPPED_IN_INITIALS.has(word.toLowerCase()))
    .map((word) => word[0]!.toLowerCase())
    .join("");
}

/**
 * An organisation named by its initials on one side and in full on the other ("the SCA" / "the
 * Suez Canal Authority", "AUB" / "the American University of Beirut"): an acronym (two to six
 * capitals that no family reads) and the run of adjacent words whose initials spell it. Latin
 * script on both sides. Each pair is [the acronym, the run's tokens].
 */
export function acronymsBetween(a: ReadStatement, b: ReadStatement): [Token, Token[]][] {
  const pairs: [Token, Token[]][] = [];
  for (const [mine, theirs] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const acronym of mine.tokens) {
      if (acronym.key.startsWith("@") || !/^[A-Z]{2,6}$/.test(acronym.surface)) continue;
      const letters = acronym.surface.toLowerCase();
      for (let start = 0; start < theirs.tokens.length; start++) {
        let spelled = "";
        let end = start;
        while (end < theirs.tokens.length && spelled.length < letters.length && letters.startsWith(spelled)) {
          spelled += initialsOf(theirs.tokens[end]!);
          end++;
        }
        if (spelled === letters && end - start >= 2) {
          pairs.push([acronym, theirs.tokens.slice(start, end)]);
          break;
        }
      }
    }
  }
  return pairs;
}
