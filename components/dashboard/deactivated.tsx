// Open assignments held by deactivated accounts: nobody will work on them until an editor gives
// them to someone else, so the dashboard and the assign board point them out.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { UserText } from "../user-text";
import styles from "./deactivated.module.css";

/** " (deactivated)" after the name of someone whose account was deactivated. */
export function DeactivatedMark() {
  const t = useTranslations("deactivated");
  return <span className={styles.mark}> {t("mark")}</span>;
}

/** A name (in its own direction), marked when the account is deactivated. */
export function PersonName({ name, active }: { name: string; active: boolean }) {
  return (
    <>
      <UserText text={name} />
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
  const t = useTranslations("deactivated");
  if (count === 0) return null;
  const [first] = holders;
  return (
    <p className={`card ${styles.banner}`} data-testid="held-by-deactivated">
      <strong>{t("heldBy", { count, holders: holders.length })}</strong>
      {hrefFor === null || !first ? (
        t("editorNeeded", { count })
      ) : (
        <>
          : <Link href={hrefFor(first.id)}>{t("reassign", { count })}</Link> (
          {holders.map((holder, index) => (
            <span key={holder.id}>
              {index ? t("separator") : ""}
              {holders.length === 1 ? (
                <UserText text={holder.name} />
              ) : (
                <Link href={hrefFor(holder.id)}>
                  <UserText text={holder.name} />
                </Link>
              )}
              : {holder.open}
            </span>
          ))}
          ).
        </>
      )}
    </p>
  );
}
