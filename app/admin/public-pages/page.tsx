import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { PublicPagesToggle } from "@/components/publishing/public-pages-toggle";
import { requirePermission } from "@/lib/http/session";
import { publicPagesEnabled } from "@/lib/publishing/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publicPagesAdmin"))("title") };
}

export default async function PublicPagesAdminPage() {
  await requirePermission("publicPage.manage");
  const [t, enabled] = await Promise.all([getTranslations("publicPagesAdmin"), publicPagesEnabled()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <AdminNav current="publicPages" />
      <section className="card">
        <p>{t("description")}</p>
        <PublicPagesToggle enabled={enabled} />
      </section>
    </>
  );
}
