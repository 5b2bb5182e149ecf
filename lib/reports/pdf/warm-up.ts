// What a new PDF thread draws before its first report (index.ts, warmUpPdf): a small report of
// made-up claims in every script the fonts cover, drawn by the same code as a real one, into a
// document that is thrown away. It leaves the thread as a real report would: fonts read and
// parsed, the report's own words (labels, statuses, "verification") shaped, the kerning of every
// pair of Latin characters learnt, the time zone data loaded, and V8's optimizing compiler done
// with the layout and drawing code. The sentences are invented for this and share no text with the
// benchmark's (tests/unit/reports/multiscript.ts), so the benchmark's first report still shapes
// every word of its own.
import type { ReportArticle, ReportClaim, ReportStatusChange, ReportUser, Status } from "../model";
import type { PdfReportInput } from "./index";

/** One made-up sentence per script: Latin with figures and a URL, right to left, CJK, emoji. */
const SENTENCES = [
  "Officials reported on Tuesday that 2,450 households had returned to the eastern district (https://example.net/briefing/2023?page=4), although “access remains limited” — according to aid groups.",
  "أعلنت السلطات المحلية أن 2450 أسرة عادت إلى الحي الشرقي، بحسب https://example.net/briefing يوم الثلاثاء.",
  "הרשויות המקומיות הודיעו כי 2,450 משפחות חזרו לרובע המזרחי, כך נמסר ביום שלישי.",
  "地方当局周二宣布，已有2450户家庭返回东区，但援助组织表示通道仍然有限。",
  "地元当局は火曜日、2450世帯が東部地区に戻ったと発表した。",
  "지방 당국은 화요일 2450가구가 동부 지역으로 돌아왔다고 발표했다.",
  "Aid convoys 🚚 reached the district 🏘️ on Tuesday; officials 👍 said more will follow ⏳.",
  "Ελληνικά και кириллица: 2.450 νοικοκυριά, 2 450 семей — «данные предварительные».",
];

const STATUSES: Status[] = ["PENDING", "CORROBORATED", "DISPUTED", "UNVERIFIED"];
const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
const user = (n: number): ReportUser => ({ id: `warm-${n}`, name: `Reviewer ${n}`, email: `reviewer${n}@example.net` });
const at = (minutes: number) => new Date(Date.UTC(2023, 5, 6, 8, 0) + minutes * 60_000);
const HASH = "0123456789abcdef".repeat(4);

function history(index: number, status: Status): ReportStatusChange[] {
  if (status === "PENDING") return [];
  const rows: ReportStatusChange[] = [];
  const steps: [Status, Status][] =
    index % 3 === 0
      ? [
          ["PENDING", "DISPUTED"],
          ["DISPUTED", status],
        ]
      : [["PENDING", status]];
  steps.forEach(([fromStatus, toStatus], step) =>
    rows.push({
      id: `warm-${index}-${step}`,
      seq: step + 1,
      fromStatus,
      toStatus,
      actor: user(index % 4),
      rationale: SENTENCES[(index + step + 1) % SENTENCES.length],
      citedEvidence: [],
      createdAt: at(index * 7 + step),
      prevHash: step === 0 ? null : HASH,
      hash: HASH,
    }),
  );
  return rows;
}

function claim(index: number): ReportClaim {
  const status = STATUSES[index % STATUSES.length];
  const text = SENTENCES[index % SENTENCES.length];
  const changes = history(index, status);
  return {
    id: `warm-claim-${index}`,
    articleId: "warm-up",
    ordinal: index,
    number: index + 1,
    claimant: index % 2 === 0 ? "Ministry of Local Affairs" : null,
    text,
    originalText: text,
    statement: index % 5 === 0 ? `${text} ${SENTENCES[(index + 3) % SENTENCES.length]}` : text,
    start: index * 200,
    end: index * 200 + text.length,
    prefix: "",
    suffix: "",
    status,
    score: null,
    createdAt: at(index),
    updatedAt: at(index),
    deletedAt: null,
    evidence: Array.from({ length: index % 4 }, (_, source) => ({
      id: `warm-${index}-source-${source}`,
      url: `https://example.net/sources/${index}/${source}?ref=${"abc".repeat(source + 1)}`,
      title: SENTENCES[(index + source + 2) % SENTENCES.length].slice(0, 80),
      publisher: source % 2 === 0 ? "Example Wire" : null,
      publishedAt: null,
      accessedAt: at(index + source),
      stance: STANCES[source % STANCES.length],
      excerpt: source === 2 ? null : SENTENCES[(index + source + 5) % SENTENCES.length],
      note: null,
      addedBy: user(1),
      createdAt: at(index + source),
      removedAt: source === 2 ? at(index + 40) : null,
      removedBy: source === 2 ? user(2) : null,
      linkState: source === 1 ? "CHANGED" : "OK",
      linkCheckedAt: at(index + 50),
      snapshots: [
        {
          fetchedAt: at(index + 5),
          httpStatus: 200,
          sha256: HASH,
          outcome: "OK",
          finalUrl: null,
          error: null,
          origin: "FETCHED",
        },
      ],
    })),
    history: changes,
    assignments: [
      {
        id: `warm-${index}-assignment`,
        reviewer: user(index % 4),
        assignedBy: user(0),
        state: status === "PENDING" ? "OPEN" : "COMPLETED",
        dueAt: null,
        note: null,
        createdAt: at(index),
        closedAt: null,
      },
    ],
    comments: [],
    auditEvents: [],
    verification: { ok: true, checked: changes.length, breaks: [] },
    anchor: {
      state: index % 7 === 6 ? "NEEDS_RECHECK" : "EXACT",
      revision: 1,
      start: index * 200,
      end: index * 200 + text.length,
    },
  };
}

/** A report of `count` made-up claims (from the `first`) in every script, with sources, snapshots and histories. */
export function warmUpReport(first: number, count: number): PdfReportInput {
  const claims = Array.from({ length: count }, (_, index) => claim(first + index));
  const article: ReportArticle = {
    id: "warm-up",
    title: "Warm-up: returns to the eastern district",
    publisher: "Example Wire",
    url: "https://example.net/articles/returns",
    publishedAt: at(0),
    createdAt: at(1),
    body: "",
    bodySha256: HASH,
    revision: 2,
    importedBy: user(0),
    finalizedAt: null,
    finalizedBy: null,
    summary: {
      claims: count,
      deletedClaims: 1,
      byStatus: { PENDING: 1, CORROBORATED: 1, DISPUTED: 1, UNVERIFIED: 1 },
      evidence: 2,
      removedEvidence: 1,
      statusChanges: 3,
    },
    verification: { ok: true, checked: 3, breaks: [] },
    auditEvents: [
      {
        id: "warm-event",
        action: "article.finalized",
        entityType: "Article",
        entityId: "warm-up",
        actor: user(0),
        before: null,
        after: null,
        createdAt: at(3),
      },
    ],
  };
  return {
    context: {
      generatedAt: at(60),
      generatedBy: user(0),
      scope: { type: "article", articleId: "warm-up" },
      baseUrl: "http://localhost",
      organisation: { name: "ClaimLedger", url: null },
      timeZone: "Europe/Berlin",
    },
    articles: [{ article, claims }],
  };
}
