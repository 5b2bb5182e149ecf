// The claim's paragraph of the article, with the claim itself highlighted.
export function ClaimContext({ paragraph }: { paragraph: { text: string; start: number; end: number } }) {
  const { text, start, end } = paragraph;
  return (
    <blockquote className="article-body claim-context">
      {text.slice(0, start)}
      <mark className="claim" data-testid="claim-highlight">
        {text.slice(start, end)}
      </mark>
      {text.slice(end)}
    </blockquote>
  );
}
