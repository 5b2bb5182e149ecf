import createNextIntlPlugin from "next-intl/plugin";

// The interface language of each request (lib/http/i18n-request.ts): no locale in the URL.
const withNextIntl = createNextIntlPlugin("./lib/http/i18n-request.ts");

// Security headers that do not depend on the request. proxy.ts sets them (and the per-request
// Content-Security-Policy) on every response it sees; repeating them here covers any response
// Next.js answers before the proxy runs. lib/http/security-headers.ts holds the same values.
const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The type check runs in `npm test` (`npm run typecheck`, tsc over the whole repository, tests
  // and scripts included), not in every build: on a 2-core machine it was about as long as the
  // compilation itself, and a newcomer's first `npm start` and each end-to-end build paid for it.
  typescript: { ignoreBuildErrors: true },
  // Lets parallel checkouts or test runs keep separate builds (default .next).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    // forbidden() renders app/forbidden.tsx with HTTP 403.
    authInterrupts: true,
    // Article import sends up to 2 MB of text, or an HTML file of up to 10 MB, to a server action
    // (lib/http/action-body.ts ACTION_BODY_LIMIT_BYTES is the same number).
    serverActions: { bodySizeLimit: "12mb" },
    // proxy.ts sees a copy of each request body, cut at this size: it must exceed every limit
    // above (the 12 MB of an action, the 5 MB of an API body), or a body just over a limit would
    // arrive cut short instead of being refused as too large.
    proxyClientMaxBodySize: "13mb",
    // Turbopack's build cache (on by default in Next.js 16.4) spent 20–45 s writing .next/cache after
    // every build here, which only a later rebuild of the same folder gains back: a newcomer's
    // first `npm start` and each test run build once, from a fresh folder.
    turbopackFileSystemCacheForBuild: false,
  },
  // Native or Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pdfkit"],
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
