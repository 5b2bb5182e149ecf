import { UserText } from "@/components/user-text";

/** A rating label as readers see it: its colour as a swatch (never behind text, so contrast holds) and its name. */
export function RatingLabelBadge({ label }: { label: { name: string; color: string } }) {
  return (
    <span className="rating-label" data-testid="rating-label">
      <span className="rating-swatch" style={{ backgroundColor: label.color }} aria-hidden="true" />
      <UserText text={label.name} />
    </span>
  );
}
