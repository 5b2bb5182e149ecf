// The bilingual news vocabulary of similar-claim matching (lib/similar: concepts.ts, the domain
// lists of concepts-domains.ts, gazetteer.ts), read through the public reading function: every
// member of a family reads as its family, no word belongs to two families, and per domain the
// words outlets use for one thing (English synonyms and inflections, Arabic forms with and
// without the article, plurals, verbal nouns, past and present verbs) meet on one key.
import { describe, expect, it } from "vitest";
import { CONCEPT_FAMILIES } from "@/lib/similar/concepts";
import { DOMAIN_FAMILIES } from "@/lib/similar/concepts-domains";
import { GAZETTEER } from "@/lib/similar/gazetteer";
import { scoreSimilarity } from "@/lib/similar/score";
import { similarThresholds } from "@/lib/similar/settings";
import { readStatement } from "@/lib/similar/text";

const FAMILIES = [...CONCEPT_FAMILIES, ...DOMAIN_FAMILIES, ...GAZETTEER];
const membersOf = (family: (typeof FAMILIES)[number]) =>
  `${family.en},${family.ar}`
    .split(",")
    .map((member) => member.trim())
    .filter(Boolean);
const conceptKeys = (text: string) =>
  readStatement(text)
    .tokens.map((token) => token.key)
    .filter((key) => key.startsWith("@"));

/** Each pair, read on its own, shares a family key. */
function expectShared(pairs: [string, string][]) {
  const failures = pairs.filter(([a, b]) => !conceptKeys(a).some((key) => conceptKeys(b).includes(key)));
  expect(failures.map(([a, b]) => `${a} | ${b}: ${conceptKeys(a).join(" ")} / ${conceptKeys(b).join(" ")}`)).toEqual([]);
}

describe("the families themselves", () => {
  it("are several hundred, with unique keys, and each broader key is a family", () => {
    expect(DOMAIN_FAMILIES.length).toBeGreaterThanOrEqual(300);
    const keys = FAMILIES.map((family) => family.key);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    const known = new Set(keys);
    expect(FAMILIES.flatMap((family) => (family.broader ?? []).filter((key) => !known.has(key)))).toEqual([]);
  });

  it("read every member as its own family: no word in two families, none a function word", () => {
    const misread: string[] = [];
    for (const family of FAMILIES) {
      for (const member of membersOf(family)) {
        const { tokens, figures } = readStatement(member);
        // A unit's Arabic dual ("ساعتين") also says "two" of it (text.ts arabicDualUnit), and
        // "dozens" or "hundreds" a count in a range (text.ts COUNT_RANGES).
        const otherFigures = figures.filter((figure) => !(figure.value === "2" && figure.unit === family.key) && !figure.range);
        if (tokens.length !== 1 || tokens[0]!.key !== family.key || otherFigures.length)
          misread.push(`${family.key}: "${member}" reads as ${tokens.map((token) => token.key).join(" ") || "nothing"}`);
      }
    }
    expect(misread).toEqual([]);
  });

  it("list no member twice in one family", () => {
    const repeated = FAMILIES.flatMap((family) => {
      const members = membersOf(family).map((member) => member.toLowerCase());
      return members.filter((member, i) => members.indexOf(member) !== i).map((member) => `${family.key}: ${member}`);
    });
    expect(repeated).toEqual([]);
  });

  it("keep apart what are two facts: a court and a judge, prisoners and hostages, two kinds of strike", () => {
    expect(conceptKeys("the court")).not.toEqual(conceptKeys("the judge"));
    expect(conceptKeys("المحكمة")).not.toEqual(conceptKeys("القاضي"));
    expect(conceptKeys("prisoners")).not.toEqual(conceptKeys("hostages"));
    expect(conceptKeys("الأسرى")).toEqual(conceptKeys("prisoners"));
    expect(conceptKeys("الرهائن")).toEqual(conceptKeys("hostages"));
    expect(conceptKeys("a general strike")).not.toEqual(conceptKeys("a hunger strike"));
    expect(conceptKeys("إضراب عن الطعام")).toEqual(conceptKeys("hunger strike"));
    expect(conceptKeys("an oil spill")).not.toEqual(conceptKeys("leaked documents"));
  });
});

describe("pairs that meet, by domain", () => {
  it("politics and diplomacy", () =>
    expectShared([
      ["ambassadors", "السفير"],
      ["the envoy", "المبعوث الخاص"],
      ["sanctions", "العقوبات"],
      ["resigned", "استقالة"],
      ["stepped down", "تنحى"],
      ["expelled", "ترحيل"],
      ["deported", "expulsion"],
      ["normalisation", "التطبيع"],
      ["condemned", "نددت"],
      ["denounced", "استنكار"],
      ["denied", "نفت"],
      ["vowed", "تعهدت"],
      ["summit", "القمة"],
      ["mediators", "الوساطة"],
      ["occupied", "الاحتلال"],
      ["settlers", "المستوطنات"],
      ["decree", "مرسوم"],
      ["legislation", "مشروع قانون"],
      ["coalition", "التحالف"],
      ["the opposition", "المعارضين"],
    ]));

  it("elections and parliaments", () =>
    expectShared([
      ["referendum", "الاستفتاء"],
      ["polling stations", "مراكز الاقتراع"],
      ["runoff", "جولة الإعادة"],
      ["boycotted", "مقاطعة"],
      ["vote rigging", "تزوير"],
      ["majority", "الأغلبية"],
      ["sworn in", "أدى اليمين"],
      ["senators", "مجلس الشيوخ"],
      ["the Knesset", "الكنيست"],
    ]));

  it("military and security", () =>
    expectShared([
      ["warships", "البحرية"],
      ["warplanes", "طائرات حربية"],
      ["ammunition", "الأسلحة"],
      ["uranium enrichment", "تخصيب"],
      ["landmines", "الألغام"],
      ["snipers", "قناصة"],
      ["opened fire", "إطلاق النار"],
      ["shot dead", "استشهد"],
      ["killed", "الشهداء"],
      ["roadside bomb", "عبوة ناسفة"],
      ["assassination", "اغتيال"],
      ["intelligence services", "المخابرات"],
      ["checkpoints", "الحواجز"],
      ["curfew", "حظر التجول"],
      ["peacekeepers", "قوات حفظ السلام"],
      ["militias", "الميليشيات"],
      ["tunnels", "tunnel"],
      ["the Revolutionary Guards", "IRGC"],
      ["الحرس الثوري", "Revolutionary Guards"],
      ["Rapid Support Forces", "قوات الدعم السريع"],
    ]));

  it("crime, police, courts and prisons", () =>
    expectShared([
      ["theft", "سرقة"],
      ["looting", "نهب"],
      ["smugglers", "التهريب"],
      ["captagon", "المخدرات"],
      ["human trafficking", "الاتجار بالبشر"],
      ["murdered", "killed"],
      ["judges", "القضاة"],
      ["the prosecutor", "النيابة العامة"],
      ["the verdict", "قضت"],
      ["acquitted", "تبرئة"],
      ["bail", "بكفالة"],
      ["fined", "غرامة"],
      ["life imprisonment", "السجن المؤبد"],
      ["jailed", "prison"],
      ["imprisonment", "بالسجن"],
      ["executed", "الإعدام"],
      ["pardoned", "عفو"],
      ["witnesses", "شهود"],
      ["lawsuit", "دعوى قضائية"],
      ["charged", "اتهامات"],
      ["corruption", "الفساد"],
      ["bribery", "رشوة"],
      ["torture", "التعذيب"],
      ["the Supreme Court", "المحكمة العليا"],
    ]));

  it("economy, markets, banking and currency", () =>
    expectShared([
      ["the stock exchange", "البورصة"],
      ["investors", "المستثمرين"],
      ["investments", "استثمارات"],
      ["bonds", "السندات"],
      ["recession", "الركود"],
      ["bankruptcy", "إفلاس"],
      ["subsidies", "الدعم"],
      ["deficit", "عجز"],
      ["poverty", "الفقر"],
      ["pensioners", "المتقاعدين"],
      ["privatisation", "الخصخصة"],
      ["remittances", "تحويلات"],
      ["banks", "المصارف"],
      ["deposits", "الودائع"],
      ["foreign reserves", "احتياطيات"],
      ["devaluation", "تعويم"],
      ["black market", "السوق السوداء"],
      ["liquidity", "السيولة"],
      ["earnings", "أرباح"],
      ["the Federal Reserve", "الاحتياطي الفيدرالي"],
    ]));

  it("trade, ports, shipping and energy", () =>
    expectShared([
      ["trade", "التجارة"],
      ["containers", "الحاويات"],
      ["shipping", "الملاحة"],
      ["insurers", "التأمين"],
      ["pirates", "القراصنة"],
      ["barrels", "برميل"],
      ["refinery", "مصفاة"],
      ["pipeline", "خط أنابيب"],
      ["oilfield", "حقل"],
      ["production", "الإنتاج"],
      ["solar power", "الطاقة الشمسية"],
      ["generators", "مولدات"],
      ["power", "الكهرباء"],
      ["the Strait of Hormuz", "مضيق هرمز"],
      ["the Suez Canal", "قناة السويس"],
      ["OPEC", "أوبك"],
    ]));

  it("agriculture, food, water and drought", () =>
    expectShared([
      ["wheat", "القمح"],
      ["grain", "الحبوب"],
      ["rice", "الأرز"],
      ["harvest", "المحاصيل"],
      ["farmers", "المزارعين"],
      ["livestock", "المواشي"],
      ["fishermen", "الصيادين"],
      ["locusts", "الجراد"],
      ["irrigation", "الري"],
      ["fertilisers", "الأسمدة"],
      ["malnutrition", "سوء التغذية"],
      ["bakeries", "المخابز"],
      ["dam", "السد"],
      ["reservoirs", "خزانات"],
      ["wells", "الآبار"],
      ["desalination", "تحلية المياه"],
      ["sewage", "الصرف الصحي"],
      ["the Nile", "نهر النيل"],
      ["the Euphrates", "الفرات"],
    ]));

  it("weather, climate, disasters and the environment", () =>
    expectShared([
      ["heatwave", "موجة الحر"],
      ["temperatures", "درجات الحرارة"],
      ["snowfall", "الثلوج"],
      ["sandstorm", "عاصفة رملية"],
      ["hurricane", "إعصار"],
      ["climate change", "التغير المناخي"],
      ["emissions", "الانبعاثات"],
      ["landslides", "انهيارات أرضية"],
      ["eruption", "البركان"],
      ["rubble", "الأنقاض"],
      ["stranded", "العالقين"],
      ["pollution", "التلوث"],
      ["oil spill", "بقعة نفطية"],
      ["forests", "الغابات"],
      ["garbage", "النفايات"],
    ]));

  it("health, vaccination and hospitals", () =>
    expectShared([
      ["cancer", "السرطان"],
      ["measles", "الحصبة"],
      ["polio", "شلل الأطفال"],
      ["coronavirus", "كورونا"],
      ["malaria", "الملاريا"],
      ["bird flu", "إنفلونزا الطيور"],
      ["cases", "حالات"],
      ["ambulances", "سيارات الإسعاف"],
      ["paramedics", "المسعفين"],
      ["intensive care", "العناية المركزة"],
      ["pregnant women", "الحوامل"],
      ["newborns", "الرضع"],
      ["health workers", "الأطباء"],
      ["dialysis", "غسيل الكلى"],
    ]));

  it("education, transport and construction", () =>
    expectShared([
      ["universities", "الجامعات"],
      ["exams", "الامتحانات"],
      ["graduates", "الخريجين"],
      ["academic year", "العام الدراسي"],
      ["scholarships", "منح"],
      ["pilots", "الطيارين"],
      ["airlines", "شركات الطيران"],
      ["emergency landing", "هبوط اضطراري"],
      ["cancelled", "إلغاء"],
      ["postponed", "تأجيل"],
      ["bridges", "الجسور"],
      ["buses", "حافلات"],
      ["vehicles", "السيارات"],
      ["road accident", "حادث سير"],
      ["visas", "التأشيرات"],
      ["reconstruction", "إعادة الإعمار"],
      ["demolished", "هدم"],
      ["factories", "المصانع"],
      ["apartments", "منازل"],
      ["railways", "السكك الحديدية"],
    ]));

  it("migration, labour and business", () =>
    expectShared([
      ["asylum", "اللجوء"],
      ["returnees", "العائدين"],
      ["resettlement", "إعادة التوطين"],
      ["citizenship", "الجنسية"],
      ["residence permits", "الإقامة"],
      ["general strike", "إضراب"],
      ["open-ended strike", "walked off the job"],
      ["sit-in", "اعتصام"],
      ["minimum wage", "الأجور"],
      ["companies", "الشركات"],
      ["chief executive", "الرئيس التنفيذي"],
      ["acquisition", "استحواذ"],
      ["sales", "المبيعات"],
      ["losses", "خسائر"],
      ["shareholders", "المساهمين"],
      ["startups", "الشركات الناشئة"],
      ["manufacturing", "الصناعة"],
    ]));

  it("technology, telecoms and the media", () =>
    expectShared([
      ["the internet", "الإنترنت"],
      ["internet blackout", "قطع الإنترنت"],
      ["telecommunications", "الاتصالات"],
      ["smartphones", "الهواتف"],
      ["social media", "مواقع التواصل"],
      ["hackers", "اختراق"],
      ["artificial intelligence", "الذكاء الاصطناعي"],
      ["satellite images", "صور الأقمار الصناعية"],
      ["newspapers", "الصحف"],
      ["television", "التلفزيون"],
      ["censorship", "الرقابة"],
      ["press freedom", "حرية الصحافة"],
      ["footage", "مقاطع فيديو"],
    ]));

  it("religion, culture, sport, tourism, family and society", () =>
    expectShared([
      ["pilgrims", "الحجاج"],
      ["Ramadan", "رمضان"],
      ["worshippers", "المصلين"],
      ["clerics", "رجال الدين"],
      ["Copts", "المسيحيين"],
      ["museums", "المتاحف"],
      ["festival", "المهرجان"],
      ["films", "السينما"],
      ["antiquities", "قطع أثرية"],
      ["prize", "جائزة"],
      ["the World Cup", "كأس العالم"],
      ["Olympics", "الأولمبياد"],
      ["players", "اللاعبين"],
      ["coach", "المدرب"],
      ["qualified", "التأهل"],
      ["medals", "ميداليات"],
      ["hotels", "الفنادق"],
      ["bookings", "الحجوزات"],
      ["beaches", "الشواطئ"],
      ["child marriage", "زواج القاصرات"],
      ["divorce", "الطلاق"],
      ["census", "التعداد السكاني"],
      ["the elderly", "كبار السن"],
      ["orphans", "الأيتام"],
      ["people with disabilities", "ذوي الإعاقة"],
      ["donations", "التبرعات"],
      ["volunteers", "المتطوعين"],
    ]));

  it("places and institutions, with their Arabic forms and spellings", () =>
    expectShared([
      ["Hodeidah", "الحديدة"],
      ["Hudaydah", "Hodeidah"],
      ["Mosul", "الموصل"],
      ["Najaf", "النجف"],
      ["Sweida", "السويداء"],
      ["Suwayda", "Sweida"],
      ["Bab al-Hawa", "باب الهوى"],
      ["Kerem Shalom", "كرم أبو سالم"],
      ["Jeddah", "جدة"],
      ["Kharkiv", "Kharkov"],
      ["Golan Heights", "الجولان"],
      ["Sinai", "شمال سيناء"],
      ["the Red Sea", "البحر الأحمر"],
      ["Gaziantep", "غازي عنتاب"],
      ["the Security Council", "مجلس الأمن"],
      ["the IAEA", "الوكالة الدولية للطاقة الذرية"],
      ["the African Union", "الاتحاد الأفريقي"],
      ["Amnesty International", "منظمة العفو الدولية"],
      ["Doctors Without Borders", "أطباء بلا حدود"],
      ["the Kremlin", "الكرملين"],
    ]));
});

describe("the hypernym layer of the new institutions", () => {
  it("reads the Knesset as a parliament, the ICC as a court and the Fed as a central bank", () => {
    const suggest = similarThresholds().suggest;
    const parliament = scoreSimilarity(
      "The Knesset approved the budget by 64 votes to 56 on Wednesday.",
      "Israel's parliament approved the budget by 64 votes to 56 on Wednesday.",
    );
    expect(parliament.reasons.sharedKeys).toEqual(expect.arrayContaining(["@parliament", "@place:knesset"]));
    expect(parliament.score).toBeGreaterThanOrEqual(suggest);
    const court = scoreSimilarity(
      "The ICC issued an arrest warrant for the former president on Thursday.",
      "The court issued an arrest warrant for the former president on Thursday.",
    );
    expect(court.reasons.sharedKeys).toEqual(expect.arrayContaining(["@court", "@place:icc", "@warrant"]));
    const bank = scoreSimilarity(
      "The Fed raised interest rates by 25 basis points.",
      "The central bank raised interest rates by 25 basis points.",
    );
    expect(bank.reasons.sharedKeys).toContain("@centralbank");
  });
});
