// Open assignments held by deactivated accounts: nobody will work on them until an editor gives
// them to someone else, so the dashboard and the assign board point them out.
import Link from "next/link";
import styles from "./deactivated.module.css";

/** " (deactivated)" after the name of someone whose account was deactivated. */
export function DeactivatedMark() {
  return <span className={styles.mark}> (deactivated)</span>;
}

/** A name, marked when the account is deactivated. */
export function PersonName({ name, active }: { name: string; active: boolean }) {
  return (
    <>
      {name}
      {active ? null : <DeactivatedMark />}
    </>
  );
}

/**
 * "3 open assignments are held by deactivated accounts: reassign them (Dan: 2, Eve: 1)". Each link
 * filters the claims table to one holder's claims, where the bulk action assigns them to someone
 * else ("reassign them" goes to the first holder's).
 */
export function HeldByDeactivatedBanner({
  count,
  holders,
  hrefFor,
}: {
  count: number;
  holders: { id: string; name: string; open: number }[];
  /** The claims table filtered to one holder's claims; null when the reader may not reassign. */
  hrefFor: ((holderId: string) => string) | null;
}) {
  if (count === 0) return null;
  const are = count === 1 ? "open assignment is" : "open assignments are";
  const accounts = holders.length === 1 ? "a deactivated account" : "deactivated accounts";
  const [first] = holders;
  return (
    <p className={`card ${styles.banner}`} data-testid="held-by-deactivated">
      <strong>
        {count} {are} held by {accounts}
      </strong>
      {hrefFor === null || !first ? (
        `: an editor needs to reassign ${count === 1 ? "it" : "them"}.`
      ) : (
        <>
          : <Link href={hrefFor(first.id)}>reassign {count === 1 ? "it" : "them"}</Link> (
          {holders.map((holder, index) => (
            <span key={holder.id}>
              {index ? ", " : ""}
              {holders.length === 1 ? holder.name : <Link href={hrefFor(holder.id)}>{holder.name}</Link>}: {holder.open}
            </span>
          ))}
          ).
        </>
      )}
    </p>
  );
}
