import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

// Where a newcomer starts, by role, on the articles list: shown while the demo runs (its seeded
// work is signed by the demo accounts, so "has done nothing" never holds there) and to anyone who
// has not yet done anything recorded (app/articles/page.tsx decides).
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
  /** The demo workspace: the note stays (see above), so it does not promise to go away. */
  demo: boolean;
}) {
  const t = await getTranslations("firstSteps");
  const step = (key: Parameters<typeof t.rich>[0], href: string, label: string): ReactNode =>
    t.rich(key, { link: () => <Link href={href}>{label}</Link> });
  return (
    <section className="card first-steps" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading">{t("heading")}</h2>
      {role === "editor" ? (
        <>
          <p>{t("editorIntro")}</p>
          <ol>
            {firstArticleId ? (
              <>
                <li>{step("editorReadText", `/articles/${firstArticleId}`, t("editorRead"))}</li>
                <li>{step("editorAssignText", `/articles/${firstArticleId}/assign`, t("editorAssign"))}</li>
                <li>{step("editorFollowText", `/articles/${firstArticleId}/dashboard`, t("editorFollow"))}</li>
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
            <li>{step("reviewerQueueText", "/queue", t("reviewerQueue"))}</li>
            <li>{t("reviewerWork")}</li>
          </ol>
        </>
      )}
      {demo ? null : <p className="muted small">{t("shownUntil")}</p>}
    </section>
  );
}
