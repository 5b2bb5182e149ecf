// The sentence-length feature the model was trained with ("len:10-19"), shared by the English and
// the Arabic feature readers so that both give the model the same buckets.
export function lengthBucket(words: number): string {
  if (words < 5) return "len:<5";
  if (words < 10) return "len:5-9";
  if (words < 20) return "len:10-19";
  if (words < 35) return "len:20-34";
  return "len:35+";
}
