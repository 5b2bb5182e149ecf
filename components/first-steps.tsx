import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

// Where a newcomer starts, by role, on the articles list: shown to the demo's own accounts while
// the demo runs (the seeded work is recorded as theirs, so "has done nothing" never holds for
// them) and to anyone who has not yet done anything recorded (app/articles/page.tsx decides).
export async function FirstSteps({
  role,
  firstArticleId,
  canImport,
  demo,
}: {
  role: "editor" | "reviewer";
  /** The first article of the list the user sees, if any. */
  firstArticleId: string | null;
  canImport: boolean;
  /** A demo account in the demo: the note stays (see above), so it does not promise to go away. */
  demo: boolean;
}) {
  const t = await getTranslations("firstSteps");
  const step = (key: Parameters<typeof t.rich>[0], href: string): ReactNode =>
    t.rich(key, { link: (label) => <Link href={href}>{label}</Link> });
  return (
    <section className="card first-steps" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading">{t("heading")}</h2>
      {role === "editor" ? (
        <>
          <p>{t("editorIntro")}</p>
          <ol>
            {firstArticleId ? (
              <>
                <li>{step("editorRead", `/articles/${firstArticleId}`)}</li>
                <li>{step("editorAssign", `/articles/${firstArticleId}/assign`)}</li>
                <li>{step("editorFollow", `/articles/${firstArticleId}/dashboard`)}</li>
              </>
            ) : canImport ? (
              <li>{t("editorImport")}</li>
            ) : null}
          </ol>
        </>
      ) : (
        <>
          <p>{t("reviewerIntro")}</p>
          <ol>
            <li>{step("reviewerQueue", "/queue")}</li>
            <li>{t("reviewerWork")}</li>
          </ol>
        </>
      )}
      {demo ? null : <p className="muted small">{t("shownUntil")}</p>}
    </section>
  );
}
