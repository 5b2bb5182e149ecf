// The public, read-only fact-check of a published article (off unless an admin turned public
// pages on). It reads only published copies (lib/publishing/data.ts): no work in progress, no
// comments, no person's name. No sign-in needed.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format";
import { StatusBadge } from "@/components/status-badge";
import { UserText } from "@/components/user-text";
import { NONCE_HEADER } from "@/lib/http/request-guard";
import { publicFactCheck, publicPagesEnabled } from "@/lib/publishing/data";
import { claimLabel } from "@/lib/workflow/states";

interface Props {
  params: Promise<{ id: string }>;
}

async function load(id: string) {
  if (!(await publicPagesEnabled())) notFound();
  const page = await publicFactCheck(id).catch(() => null);
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).id);
  return { title: page.article.title };
}

/** JSON inside a script element: "<" escaped so no text in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export default async function PublicFactCheckPage({ params }: Props) {
  const page = await load((await params).id);
  const [t, tStance, locale, nonce] = await Promise.all([
    getTranslations("publicPage"),
    getTranslations("signoff.stances"),
    getLocale(),
    headers().then((list) => list.get(NONCE_HEADER) ?? undefined),
  ]);
  const { article, publication } = page;
  return (
    <article className="fact-check" data-testid="fact-check">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: scriptJson(page.claimReviews) }} />
      <h1>{t.rich("heading", { title: () => <UserText text={article.title} lang={article.language} /> })}</h1>
      <p className="muted">
        {t("publishedOn", { date: formatDate(publication.publishedAt, "UTC", locale) })}
        {publication.modifiedAt ? ` · ${t("updatedOn", { date: formatDate(publication.modifiedAt, "UTC", locale) })}` : null}
        {article.url ? (
          <>
            {" · "}
            <a href={article.url} rel="noreferrer noopener">
              {t("original")}
            </a>
          </>
        ) : null}
      </p>
      {page.claims.map((claim) => (
        <section key={claim.number} id={`c${claim.number}`} className="fact-check-claim" aria-labelledby={`c${claim.number}-heading`}>
          <h2 id={`c${claim.number}-heading`}>
            {claimLabel(claim)} <UserText text={claim.statement} lang={article.language} />
          </h2>
          {claim.claimant ? <p className="muted">{t.rich("claimBy", { claimant: () => <UserText text={claim.claimant!} /> })}</p> : null}
          <p>
            <strong>{t("verdict")}:</strong> <StatusBadge status={claim.status} />
            {claim.ratingLabel ? (
              <>
                {" "}
                <UserText text={claim.ratingLabel} />
              </>
            ) : null}
          </p>
          <UserText as="p" text={claim.rationale} className="signoff-rationale" />
          {claim.sources.length ? (
            <>
              <h3>{t("sources")}</h3>
              <ul>
                {claim.sources.map((source, index) => (
                  <li key={`${source.url}-${index}`}>
                    {tStance(source.stance as "SUPPORTS" | "REFUTES" | "CONTEXT")}:{" "}
                    <a href={source.url} rel="noreferrer noopener">
                      <UserText text={source.title || source.url} />
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
      {page.corrections.length ? (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">{t("corrections")}</h2>
          <ul data-testid="public-corrections">
            {page.corrections.map((correction) => (
              <li key={correction.id}>
                {correction.number !== null ? `${claimLabel({ number: correction.number })} · ` : null}
                {t.rich("correctionLine", {
                  date: formatDate(correction.createdAt, "UTC", locale),
                  from: () => <StatusBadge status={correction.fromStatus} />,
                  to: () => <StatusBadge status={correction.toStatus} />,
                })}
                <br />
                <UserText text={correction.reason} className="muted small" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
