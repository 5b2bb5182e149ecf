// The word lists similar-claim matching reads with: words that carry no fact (function words,
// reporting verbs: "said", "according to", "قال", "وفق"), common newsroom words that weigh less,
// and paraphrases newsrooms use for the same fact ("killed" / "dead" / "died", "قتل" / "مقتل" /
// "قتلى"), each folded to one concept key. Keys are compared after normaliseText (Arabic ة → ه,
// أ → ا, lower case) and, for concepts, also after stemming. Kept to classes of paraphrase, not
// to particular sentences.
import { normaliseForSearch } from "@/lib/dashboard/search-normalise";

const words = (list: string) =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => normaliseForSearch(word).toLowerCase());

const ENGLISH_STOPWORDS = `a an the and or but nor of in on at to from by for with without into onto over under
about above after before between during through within against among around across along since until
is are was were be been being am has have had having do does did done will would shall should can could
may might must this that these those there here it its it's they them their theirs he him his she her
hers we us our ours you your yours i me my who whom whose which what when where why how than then
so such as if also too very just only not no yes all any both each few more most other some own same
s t up down out off again further once least while because per via upon
said says say saying told tell tells according stated states announced announce reported reports report
claimed claims claim added adds noted notes confirmed confirms statement spokesman spokeswoman spokesperson
mr mrs ms dr new last first latest week weeks day days monday tuesday wednesday thursday friday saturday sunday
people person persons individuals least nearly almost about approximately around some roughly more than
including include includes another many much several others other percent
`;

const ARABIC_STOPWORDS = `في من على الى الي عن مع هذا هذه ذلك تلك التي الذي الذين اللذين اللتين هو هي هم هن انه انها
ان او ام ثم قد لقد لم لن لا ما ماذا كان كانت يكون تكون كانوا بعد قبل عند عندما حتى منذ بين خلال ضد حول
نحو دون غير كل بعض اي كما ايضا لكن بل اذ اذا وقد وكان وكانت فقد فيما بينما حيث
قال قالت يقول تقول وقال وقالت اعلن اعلنت واعلن واعلنت وفق وفقا بحسب حسب اكد اكدت واكد واكدت صرح ذكر ذكرت
افاد افادت اضاف اضافت اشار اشارت وأضاف واضاف اليوم امس يوم الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد
شخص شخصا اشخاص الاشخاص نحو حوالي قرابه اكثر اقل الاقل الاكثر عدد
جراء بسبب اثر اثر وهو وهي بالمئه المئه مئه بالمائه المائه`;

const STOPWORDS = new Set([...words(ENGLISH_STOPWORDS), ...words(ARABIC_STOPWORDS)]);

/** Words every desk's copy is full of: they still count, at a third of a word. */
const WEAK = new Set(
  words(`government official officials minister ministry country city town region area local national state
  year month time number total group forces force authorities authority public office plan
  حكوم وزير وزار بلد مدين منطق سن شهر عدد مسؤول سلطات قوات`),
);

/** Paraphrase families: every member reads as the family's key. */
const CONCEPTS: Record<string, string> = {};
function family(key: string, members: string) {
  for (const member of words(members)) CONCEPTS[member] = key;
}
family(
  "@kill",
  `kill killed killing kills dead death deaths die died dying fatal fatality fatalities lives
  perished perish slain deadly toll
  قتل مقتل قتيل قتلى القتلى قتلي مصرع لقي لقوا حتف وفاه توفي وفيات موت مات ماتوا حصيل`,
);
family(
  "@injure",
  `injure injured injuring injury injuries wound wounded wounding hurt casualty casualties
  جرح جريح جرحى جرحي اصاب اصاب اصيب مصاب مصابين اصابات اصابه`,
);
family(
  "@attack",
  `attack attacked attacks strike strikes struck airstrike airstrikes raid raids bomb bombed
  bombing bombings shell shelled shelling bombard bombarded bombardment hit
  هجوم هجم غار غاره غارات قصف ضرب استهداف استهدف استهدفت`,
);
family(
  "@arrest",
  `arrest arrested arrests detain detained detention held custody
  اعتقل اعتقال احتجز احتجاز توقيف اوقف`,
);
family(
  "@rise",
  `rise rose risen rising increase increased increases grew grow growth up climb climbed jump jumped
  soar soared ارتفع ارتفاع زياد زاد ازداد نمو`,
);
family(
  "@fall",
  `fall fell fallen falling decrease decreased decline declined drop dropped down cut cuts shrank
  انخفض انخفاض تراجع هبوط هبط انكماش`,
);
family("@child", `child children kid kids minor minors اطفال طفل الاطفال قاصر قاصرين`);
family(
  "@displace",
  `displace displaced displacement flee fled fleeing refugee refugees uproot uprooted
  نزوح نازح نازحين نزح فر فروا لاجئ لاجئين`,
);
family("@hospital", `hospital hospitals clinic clinics مستشفى مستشفي مشفى مشفي مستشفيات`);
family("@aid", `aid relief humanitarian assistance مساعد مساعدات اغاث اغاثه انساني`);
family("@fund", `fund funds funding budget spend spending allocate allocated pay pays paid مخصصات تمويل ميزاني انفاق`);
family(
  "@vote",
  `vote voted votes voting ballot ballots election elections voter voters تصويت صوت انتخاب انتخابات اقتراع ناخب ناخبين ناخبون`,
);
family("@open", `open opened reopen reopened reopening افتتح افتتاح اعاد فتح`);
family("@close", `close closed closure shut shutdown اغلاق اغلق`);
family("@withdraw", `withdraw withdrew withdrawn withdrawal retreat retreated pull pulled انسحب انسحاب تراجعت`);
family("@capture", `capture captured seize seized take took control سيطر سيطره استولى`);
family("@flood", `flood floods flooded flooding torrent torrents deluge سيول سيل فيضان فيضانات طوفان`);
family("@turnout", `turnout participation participated اقبال مشارك مشاركه شارك`);
family("@win", `win won wins winning secure secured فاز فازت يفوز حصد حصدت حصل حصلت`);
family("@ceasefire", `ceasefire truce هدن هدنه وقف`);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

export function isWeakWord(key: string): boolean {
  return WEAK.has(key);
}

export function conceptOf(word: string): string | null {
  return CONCEPTS[word] ?? null;
}

/** The written words of a concept ("@kill" → kill, killed, dead, قتل, …): full-text candidates. */
export function membersOf(key: string): string[] {
  return Object.entries(CONCEPTS)
    .filter(([, concept]) => concept === key)
    .map(([member]) => member);
}
