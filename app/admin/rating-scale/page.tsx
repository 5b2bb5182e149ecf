import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { RatingLabelBadge } from "@/components/rating-scale/rating-label-badge";
import { RatingLabelControls } from "@/components/rating-scale/rating-label-controls";
import { RatingLabelForm } from "@/components/rating-scale/rating-label-form";
import { UserText } from "@/components/user-text";
import { requirePermission } from "@/lib/http/session";
import { listRatingLabels } from "@/lib/rating-scale/data";
import { BEST_RATING } from "@/lib/rating-scale/scale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ratingScale"))("title") };
}

export default async function AdminRatingScalePage() {
  const admin = await requirePermission("ratingScale.manage");
  const [t, tStatus, labels] = await Promise.all([
    getTranslations("ratingScale"),
    getTranslations("statuses"),
    listRatingLabels(admin),
  ]);
  const order = labels.map((label) => label.id);
  const hasScale = labels.some((label) => !label.retiredAt);
  return (
    <>
      <AdminNav current="ratingScale" />
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {hasScale ? null : (
        <p className="card" data-testid="default-scale">
          {t("defaultScale")}
        </p>
      )}
      <section className="card" aria-labelledby="new-rating-label">
        <h2 id="new-rating-label">{t("addHeading")}</h2>
        <RatingLabelForm />
      </section>
      <h2>{t("labelsHeading")}</h2>
      <p className="muted small">{t("inUseHint")}</p>
      <ol className="rating-labels">
        {labels.map((label) => (
          <li
            key={label.id}
            className={`card rating-label-item${label.retiredAt ? " rating-label-retired" : ""}`}
            data-testid="rating-label-item"
            aria-labelledby={`rating-label-${label.id}`}
          >
            <h3 id={`rating-label-${label.id}`}>
              <RatingLabelBadge label={label} />
              {label.retiredAt ? <span className="status">{t("retired")}</span> : null}
            </h3>
            <UserText as="p" text={label.description} />
            <dl className="rating-label-facts">
              <dt>{t("verdict")}</dt>
              <dd>{tStatus(label.verdict)}</dd>
              <dt>{t("rating")}</dt>
              <dd>{t("ratingOf", { value: label.ratingValue, best: BEST_RATING })}</dd>
            </dl>
            <p className="small muted" data-testid="rating-label-usage">
              {t("inUse", { count: label.claimsCarrying ?? 0 })}
            </p>
            <RatingLabelControls
              order={order}
              label={{
                id: label.id,
                name: label.name,
                description: label.description,
                color: label.color,
                verdict: label.verdict,
                ratingValue: label.ratingValue,
                retired: label.retiredAt !== null,
                claimsCarrying: label.claimsCarrying ?? 0,
              }}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
