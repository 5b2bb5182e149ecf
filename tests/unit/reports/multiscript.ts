// A large report in many scripts, generated deterministically: claims of varying length in
// Latin, Arabic (with a Latin URL and digits), Hebrew, Chinese, Japanese, Korean and emoji, with
// sources, verdict histories and rationales. Shared by the PDF layout test and
// scripts/bench-report.ts.
import type { PdfReportInput } from "@/lib/reports/pdf";
import type { ReportClaim, ReportEvidence, ReportStatusChange, Status } from "@/lib/reports/model";
import { article, context, editor, reviewer } from "./fixtures";

const quoteAndStatement = (quote: string) => ({ text: quote, statement: quote });

export const SAMPLES = {
  latin:
    "The health ministry said 130 people were killed in the fighting between Aleppo and Hama on 7 December, according to a statement published on its website.",
  arabic:
    "قالت وزارة الصحة إن 130 شخصا قتلوا في المعارك من حلب إلى حماة، وفق التقرير المنشور على https://example.org/report?id=42 يوم 7 ديسمبر.",
  hebrew: "משרד הבריאות אמר כי 130 בני אדם נהרגו בקרבות בין חלב לחמה, לפי ההודעה שפורסמה באתר.",
  chinese: "卫生部表示，有130人在阿勒颇和哈马之间的战斗中丧生，这是根据其网站上发布的声明。",
  japanese: "保健省によると、アレッポとハマの間の戦闘で130人が死亡したと発表しました。",
  korean: "보건부는 알레포와 하마 사이의 전투에서 130명이 사망했다고 밝혔습니다.",
  emoji: "Reports 📰 from the front 🔥 say 130 people 😢 died; see 👉 the statement ✅ and the map 🗺️.",
} as const;

const KINDS = Object.keys(SAMPLES) as (keyof typeof SAMPLES)[];

/** A small deterministic generator (mulberry32), so every run lays out the same report. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const at = (minutes: number) => new Date(Date.UTC(2024, 11, 8, 9, 0) + minutes * 60_000);
const hash = (n: number) => n.toString(16).padStart(8, "0").repeat(8);

export function multiScriptReport(count = 1000, seed = 7): PdfReportInput {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const text = (min: number, max: number) => {
    const kind = pick(KINDS);
    const repeat = min + Math.floor(next() * (max - min + 1));
    return Array.from({ length: repeat }, () => SAMPLES[kind]).join(
      kind === "chinese" || kind === "japanese" ? "" : " ",
    );
  };
  const claims: ReportClaim[] = Array.from({ length: count }, (_, index) => {
    const id = `claim-${index + 1}`;
    const status: Status = pick(["PENDING", "CORROBORATED", "DISPUTED", "UNVERIFIED"] as const);
    const evidence: ReportEvidence[] = Array.from({ length: Math.floor(next() * 4) }, (__, e) => ({
      id: `${id}-e${e}`,
      url: `https://example.org/sources/${index}/${e}?ref=${"x".repeat(Math.floor(next() * 80))}`,
      title: text(1, 1).slice(0, 90),
      publisher: pick(["UN OCHA", "Al Bawaba", "הארץ", "新华社", null]),
      publishedAt: null,
      accessedAt: at(index + e),
      stance: pick(["SUPPORTS", "REFUTES", "CONTEXT"] as const),
      excerpt: next() < 0.7 ? text(1, 2) : null,
      note: null,
      addedBy: reviewer,
      createdAt: at(index + e),
      removedAt: null,
      removedBy: null,
      linkState: "OK",
      linkCheckedAt: at(index + e),
      snapshots: [
        { fetchedAt: at(index + e), httpStatus: 200, sha256: "ab".repeat(32), outcome: "OK", finalUrl: null, error: null, origin: "FETCHED" },
      ],
    }));
    const history: ReportStatusChange[] =
      status === "PENDING"
        ? []
        : Array.from({ length: 1 + Math.floor(next() * 2) }, (__, h) => ({
            id: `${id}-h${h}`,
            seq: h + 1,
            fromStatus: h === 0 ? "PENDING" : status,
            toStatus: status,
            actor: reviewer,
            rationale: text(1, 2),
            citedEvidence: [],
            createdAt: at(index * 3 + h),
            prevHash: h === 0 ? null : hash(index * 10 + h - 1),
            hash: hash(index * 10 + h),
          }));
    return {
      id,
      articleId: article.id,
      ordinal: index,
      number: index + 1,
      claimant: next() < 0.5 ? pick(["وزارة الصحة", "The health ministry", "משרד הבריאות", "卫生部", null]) : null,
      // The statement is the quote here (no subject restored): one random draw for both.
      ...quoteAndStatement(text(1, 3)),
      originalText: "",
      start: index * 100,
      end: index * 100 + 90,
      prefix: "",
      suffix: "",
      status,
      score: null,
      createdAt: at(index),
      updatedAt: at(index),
      deletedAt: null,
      evidence,
      history,
      assignments: [
        {
          id: `${id}-a`,
          reviewer,
          assignedBy: editor,
          state: status === "PENDING" ? "OPEN" : "COMPLETED",
          dueAt: null,
          note: null,
          createdAt: at(index),
          closedAt: null,
        },
      ],
      comments: [],
      auditEvents: [],
      verification: { ok: true, checked: history.length, breaks: [] },
      anchor: { state: "EXACT", revision: 1, start: index * 100, end: index * 100 + 90 },
    };
  });
  const byStatus = { PENDING: 0, CORROBORATED: 0, DISPUTED: 0, UNVERIFIED: 0 };
  for (const claim of claims) byStatus[claim.status]++;
  return {
    context,
    articles: [
      {
        article: {
          ...article,
          title: "تقرير: Syrian army withdrawals continue — 叙利亚军队继续撤退",
          summary: {
            claims: count,
            deletedClaims: 0,
            byStatus,
            evidence: claims.reduce((sum, claim) => sum + claim.evidence.length, 0),
            removedEvidence: 0,
            statusChanges: claims.reduce((sum, claim) => sum + claim.history.length, 0),
          },
        },
        claims,
      },
    ],
  };
}
