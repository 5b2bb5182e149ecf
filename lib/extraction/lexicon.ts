// Word lists used by segmentation, debris filtering, clause splitting and scoring.
// Kept small and explicit on purpose: every entry is something a reviewer can argue with.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Abbreviations after which a period never ends a sentence (lower-cased, without the dot). US
 * states in AP style are listed where the abbreviation is not also a word ("Colo.", not "Ill."). */
export const TITLE_ABBREVIATIONS = set(`
  dr mr mrs ms mx prof gen sen rep gov col lt sgt capt cmdr adm maj rev fr st mt ft hon pres supt insp
  vs etc e.g i.e cf approx no nos vol fig figs art sec ch pp p para est dept univ assn bros
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  colo calif ariz fla tenn okla conn mich minn wis nev neb ark kan ala penn tex md va ga
`);

/** Abbreviations that may end a sentence; they end one only before a typical sentence opener. */
export const FINAL_ABBREVIATIONS = set(`inc ltd co corp jr sr plc llc bhd ag sa nv a.m p.m am pm`);

/** Words that typically open an English sentence (used after "U.S." and "Inc." style dots). */
export const SENTENCE_OPENERS = set(`
  the a an he she it they we i you this that these those there here his her its their our my
  but and or so yet however meanwhile also in on at for after before when while if as since
  although though despite during some many most all no one two three several officials police
  according what who why how where which
`);

/** Past-tense forms of irregular verbs (and a few regular ones that do not end in -ed). */
export const IRREGULAR_PAST = set(`
  was were had did said told took made sold held gave won lost left met paid put set sent spent built
  bought brought caught fought found got hit kept knew led let ran rose fell saw shot stood struck
  thought threw wrote began broke came chose drove ate flew grew hid shut sank spoke stole swore tore
  understood went withdrew overthrew became beat blew bore bound bred burst cast clung crept dealt dug
  drew drank fed felt fled forbade forgot forgave froze hung heard hurt knelt laid lay lent lit meant
  quit rang rode sought shook shone slid sped split spread sprang stuck stung swept swam swung taught
  thrust woke wore wept wound upheld undertook overtook oversaw cut cost
`);

/** -ed words that are usually adjectives or nouns, never taken for a coordinated verb. */
export const ED_NOT_VERBS = set(`
  armed united related based limited detailed advanced skilled beloved naked wicked sacred rugged
  aged supposed alleged hundred red bed need speed seed feed breed greed shed steed weed deed creed
  embed indeed proceed exceed succeed concerned interested so-called tired married
`);

/** Base forms of common news verbs; "-s" forms of these count as present-tense verbs. */
export const VERB_BASES = set(`
  accept add agree aim allow announce approve argue arrest attack back ban block boost bring build
  buy call cancel capture carry cause charge claim close collect confirm continue control cost cover
  create cut declare decline defend delay deliver deny deploy destroy double drop earn ease end enter
  evacuate expand extend face fall file fire fund gain give grow halt help hire hold impose include
  increase invest issue join keep kill launch lead leave lift limit lose lower make mark meet move name
  offer open order own pass pay plan post produce promise protect provide publish push raise reach
  receive record reduce reject release remain remove report require reverse rise rule run save seize
  sell send serve set show sign slow spend start stop strengthen suspend take target tell threaten
  trade train treble triple vote warn win withdraw return visit kill climb slip hit fall
`);

/** Auxiliaries and modals: a clause needs one of these or a tensed verb. */
export const AUXILIARIES = set(`
  is are was were be been being am has have had do does did will would can could shall should may
  might must
`);

export const MODALS_PREDICTIVE = set(`will would could may might shall`);

/** Subject pronouns and anaphoric openers: a clause starting with these is not self-contained. */
export const DEPENDENT_SUBJECTS = set(`it they he she this that these those them its their his her`);

export const ATTRIBUTION_VERBS = set(`
  said says say told tells announced announces reported reports stated states confirmed confirms
  added adds according claimed claims noted notes estimated estimates showed shows found finds
  revealed reveals disclosed warned
`);

export const EVENT_VERBS = set(`
  killed died wounded injured arrested captured seized attacked destroyed evacuated withdrew withdrawn
  launched announced signed passed approved rejected voted elected won lost raised cut fell rose
  increased decreased declined dropped grew doubled tripled halved opened closed suspended deployed
  fired struck hit took taken sold bought built invested spent paid earned recorded reported published
  released banned imposed lifted deported fled overthrew collapsed exploded crashed flooded burned
  contained reached returned produced accounted traced admitted vaccinated infected confirmed
  convicted sentenced charged sued fined resigned appointed hired laid
`);

/** Opinion and evaluative language (counts against check-worthiness). */
export const OPINION_WORDS = set(`
  think believe feel hope wish guess suppose opinion view agree disagree wrong right should ought
  great terrible wonderful awful horrible best worst disgrace disgraceful shameful outrageous amazing
  fantastic excellent ridiculous absurd fair unfair good bad better worse crucial vital critical
  important must deserve deserves needs seems appears arguably clearly obviously surely frankly
  honestly unfortunately fortunately sadly hopefully tremendous incredible beautiful stupid
`);

/** Prediction and plan language (counts against: the future cannot be checked yet). */
export const PREDICTION_WORDS = set(`
  will going expect expects expected forecast forecasts predict predicts likely unlikely plan plans
  intend intends promise promises promised pledge pledged pledges vow vowed vows soon tomorrow
  upcoming next
`);

export const EXHORTATION_OPENERS = set(`
  let join subscribe sign click follow read share watch listen download register donate vote imagine
  remember consider stop please don't do expect book call visit
`);

export const QUESTION_OPENERS = set(`
  who what when where why how is are do does did can could would should will was were which whose
`);

export const NUMBER_WORDS = set(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion billions trillion trillions dozen dozens half quarter
  third twice double triple percent per cent
`);

export const QUANTITY_UNITS = set(`
  percent cent km kilometres kilometers miles mile metres meters tonnes tons kg kilograms pounds
  dollars euros pounds yuan yen rupees barrels hectares acres degrees votes people deaths cases
  casualties jobs years months weeks days hours minutes
`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

export const RELATIVE_DATES = set(`yesterday today tonight ago last earlier recently previously since`);

export const COMPARATIVE_WORDS = set(`
  more less fewer than highest lowest largest smallest biggest most least record first only doubled
  tripled compared versus
`);

/** Place names: countries, regions and capitals a newsroom meets often. Not exhaustive. */
export const PLACES = set(`
  afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
  bangladesh belarus belgium benin bolivia bosnia brazil bulgaria burma cambodia cameroon canada
  chad chile china colombia congo croatia cuba cyprus czechia denmark egypt england estonia
  ethiopia europe africa asia america finland france gaza georgia germany ghana greece guatemala haiti
  honduras hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan
  kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg madagascar
  malaysia mali mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal
  netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines
  poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia
  somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey
  uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe britain
  washington london paris berlin moscow beijing tokyo delhi kabul baghdad damascus beirut cairo
  tehran ankara istanbul jerusalem amman riyadh doha dubai kyiv kiev warsaw rome madrid lisbon
  brussels vienna geneva athens nairobi lagos johannesburg santiago lima bogota caracas havana
  ottawa toronto sydney seoul manila jakarta bangkok hanoi karachi lahore dhaka mumbai shanghai
  homs hama aleppo idlib palmyra daraa raqqa quneitra golan euphrates suwayda
  california texas florida ohio michigan iowa virginia pennsylvania arizona nevada georgia york
  alabama alaska arkansas colorado connecticut delaware hawaii idaho illinois indiana kansas
  kentucky louisiana maine maryland massachusetts minnesota mississippi missouri montana nebraska
  oklahoma oregon tennessee utah vermont wisconsin wyoming carolina dakota jersey hampshire
`);

/** Place-introducing prepositions: "near Homs", "in Lisbon", "north of Santiago". */
export const PLACE_PREPOSITIONS = set(`in near at from to across outside inside around of`);

/** Organisation heads: "... Army", "... Ministry", "... Commission". */
export const ORG_HEADS = set(`
  army council ministry bank commission organization organisation party committee institute
  university agency authority police court museum department office union government parliament
  congress senate assembly corporation company group forces force association federation fund
  service services council board exchange school hospital
`);

export const PERSON_TITLES = set(`
  dr mr mrs ms prof president minister senator governor mayor general gen king queen prince pope
  chancellor secretary judge sen rep councillor councilor chief director spokesman spokeswoman
  spokesperson ambassador premier sheikh colonel captain
`);

/** News agencies and outlets used in datelines and sign-offs. */
export const AGENCIES = set(`
  ap afp reuters upi dpa ansa efe xinhua tass bloomberg anadolu ians pti bernama yonhap kyodo cnn bbc
`);
