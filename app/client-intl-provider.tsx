"use client";
// The catalog namespaces client components read (lib/i18n/client-namespaces.ts), for both
// interface languages, as part of the JavaScript bundle: the browser loads them once and caches
// them, instead of every page carrying its language's 53 KB in its RSC payload (serialised,
// escaped and compressed on every request; docs/performance.md, fifth pass). The chunk holds both
// whole catalogs (137 KB, 50 KB gzipped): the namespaces are picked here, at run time.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { clientMessages } from "@/lib/i18n/client-namespaces";
import type { Locale } from "@/lib/i18n/locales";
import { CATALOGS } from "@/lib/i18n/messages";

const CLIENT_CATALOGS: Record<Locale, Record<string, unknown>> = {
  en: clientMessages(CATALOGS.en),
  ar: clientMessages(CATALOGS.ar),
};

export function ClientIntlProvider({
  locale,
  timeZone,
  children,
}: {
  locale: Locale;
  timeZone: string;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={CLIENT_CATALOGS[locale]}>
      {children}
    </NextIntlClientProvider>
  );
}
