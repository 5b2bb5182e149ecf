// News concepts in English and Arabic: each family lists the words (and set phrases) newsrooms
// use for one thing, in both languages, so "dock workers walked off the job" meets "dockers
// stopped work" and an Arabic report meets the English one it retells ("قتلى" = "dead",
// "خفر السواحل" = "coast guard"). Kept to classes of news vocabulary (casualties, violence,
// displacement, aid, disasters, labour, economy, politics, justice, health, transport), never to
// particular sentences. Members are written as a reader would; vocabulary.ts normalises and stems
// them as it does the statements. Commas separate members; a member of several words is a phrase.
// These are the core families; the domain lists (concepts-politics.ts, concepts-economy.ts,
// concepts-society.ts) follow the same rules, and no written word may belong to two families
// (tests/unit/similar/vocabulary-domains.test.ts reads every member back). Pure data.

export interface ConceptFamily {
  key: string;
  en: string;
  ar: string;
  /** Common newsroom words: they still count, at a third of a word. */
  weak?: boolean;
  /**
   * The hypernym layer: keys of the broader families this one belongs to ("@lira" is a
   * "@currency"; Kathmandu is "@capital" and Nepal). A member of this family on one side covers
   * a member of a broader family on the other ("the lira" = "the Turkish currency"); two members
   * of one broader family never cover each other (the lira is not the pound). See score.ts.
   */
  broader?: string[];
}

/** Currencies as a currency: "the naira" and "Nigeria's currency" are one subject. */
const currency = (key: string, en: string, ar: string): ConceptFamily => ({ key, en, ar, broader: ["@currency"] });

export const CONCEPT_FAMILIES: ConceptFamily[] = [
  // Casualties
  {
    key: "@kill",
    en: `kill, killed, killing, killings, kills, dead, death, deaths, die, died, dying, fatal, fatality, fatalities,
      lives, perished, perish, slain, deadly, toll, death toll, lost their lives, claimed the lives, murder, murdered, murders,
      homicide, homicides, victim, victims, shot dead, gunned down, massacre, massacres, loss of life`,
    ar: `قتل, قتلت, مقتل, قتيل, قتيلا, قتلى, قتلي, مصرع, لقي حتفه, لقوا حتفهم, لقي, لقوا, حتف, حتفهم, وفاة, توفي, وفيات, موت,
      مات, ماتوا, حصيلة, أودى بحياة, أودت بحياة, بحياة, ضحايا, ضحية,
      شهيد, شهداء, الشهداء, استشهد, استشهدوا, استشهاد, استشهدت, مجزرة, مجازر, يقتل, تقتل, يموت, يلقى حتفه,
      بمقتل, لمقتل, بوفاة`,
  },
  {
    key: "@injure",
    en: `injure, injured, injuring, injury, injuries, wound, wounded, wounding, hurt, casualty, casualties`,
    ar: `جرح, جريح, جرحى, جرحي, جرحوا, بجروح, بإصابة, أصاب, أصيب, أصيبوا, مصاب, مصابين, إصابات, إصابة, إصابتهم`,
  },
  { key: "@body", en: `body, bodies, corpse, corpses, remains`, ar: `جثة, جثث, جثمان, جثامين, رفات` },
  { key: "@survivor", en: `survivor, survivors, survived, alive`, ar: `ناج, ناجيا, ناجين, ناجون, نجا, نجاة` },
  { key: "@missing", en: `missing, unaccounted for`, ar: `مفقود, مفقودين, مفقودون, فقدان` },
  {
    key: "@rescue",
    en: `rescue, rescued, rescuers, saved, evacuate, evacuated, evacuation`,
    ar: `إنقاذ, أنقذ, أنقذت, إجلاء, أجلى, أجلت`,
  },
  { key: "@recover", en: `recovered, retrieved, pulled from`, ar: `انتشل, انتشلت, انتشال` },
  // Violence and the military
  {
    key: "@attack",
    en: `attack, attacked, attacks, strike, strikes, struck, airstrike, airstrikes, air strike, air strikes, raid, raids,
      bomb, bombed, bombing, bombings, bombs, shell, shelled, shelling, bombard, bombarded, bombardment, hit, targeted, assault,
      artillery`,
    // Not the verb ضرب: Arabic copy says a quake or a flood "struck" (ضرب) as often as a raid did.
    ar: `هجوم, هجمات, هجم, غارة, غارات, قصف, قصفت, يقصف, تقصف, بقصف, لقصف, لهجوم, بهجوم, اقتحام, اقتحم, اقتحمت, اقتحامات, يقتحم, ضربة, ضربات, استهداف, استهدف, استهدفت, اعتداء, قنبلة, قنابل, مدفعي,
      مدفعية, مداهمة, مداهمات, داهم, داهمت`,
  },
  {
    key: "@explosion",
    en: `explosion, explosions, blast, blasts, exploded, detonated, car bomb, roadside bomb, explosive device, explosive devices,
      improvised explosive device, ied, ieds, explosives`,
    ar: `انفجار, انفجارات, تفجير, انفجرت, عبوة, عبوة ناسفة, عبوات ناسفة, متفجرات`,
  },
  {
    key: "@missile",
    en: `missile, missiles, rocket, rockets, drone, drones, projectile, unmanned aerial vehicle, uav, uavs`,
    ar: `صاروخ, صواريخ, مسيرة, مسيرات, قذيفة, قذائف, طائرة مسيرة, طائرات مسيرة, بطائرة مسيرة, طائرة بدون طيار, طائرات بدون طيار,
      طائرة من دون طيار, طائرات من دون طيار`,
  },
  {
    key: "@clash",
    en: `clash, clashes, clashed, fighting, fought, battle, battles, battled, combat, hostilities`,
    ar: `اشتباك, اشتباكات, معارك, معركة, قتال, مواجهات, اشتبك, اشتبكت, تقاتل`,
  },
  {
    key: "@soldier",
    en: `soldier, soldiers, troops, army, military, servicemen`,
    ar: `جندي, جنود, جيش, عسكري, عسكريين, العسكرية`,
  },
  {
    key: "@militant",
    en: `militant, militants, fighters, rebels, rebel, insurgents, gunmen, armed men`,
    ar: `مسلح, مسلحين, مسلحون, مقاتل, مقاتلين, مقاتلون, متمردين, متمردون, فصائل`,
  },
  { key: "@civilian", en: `civilian, civilians`, ar: `مدني, مدنيين, مدنيون` },
  { key: "@police", en: `police, policeman, policemen, officers, police officers`, ar: `شرطة, الشرطة, شرطي, أمن, ضابط, ضباط, الضباط` },
  { key: "@siege", en: `siege, besieged, blockade, encircled`, ar: `حصار, محاصر, محاصرة` },
  { key: "@ceasefire", en: `ceasefire, cease-fire, truce, armistice`, ar: `هدنة, وقف إطلاق النار, وقف النار, هدن, تهدئة, التهدئة` },
  {
    key: "@capture",
    en: `capture, captured, seize, seized, took control, take control, overran`,
    ar: `سيطر, سيطرة, سيطرت, استولى, استولت`,
  },
  {
    key: "@withdraw",
    en: `withdraw, withdrew, withdrawn, withdrawal, retreat, retreated, pulled out`,
    ar: `انسحب, انسحاب, انسحبت`,
  },
  {
    key: "@hostage",
    en: `hostage, hostages, abducted, kidnapped, kidnapping, abduction`,
    ar: `رهينة, رهائن, الرهائن, مختطفين, اختطاف, خطف, مخطوفين`,
  },
  // Displacement, aid, shelter
  {
    key: "@displace",
    en: `displace, displaced, displacement, flee, fled, fleeing, refugee, refugees, uproot, uprooted, forced from their homes,
      left their homes, exodus`,
    ar: `نزوح, نازح, نازحين, نازحون, نزح, نزحت, ينزح, يفرون, فر, فروا, فرار, لاجئ, لاجئين, لاجئون, هجرة قسرية, تهجير, هجروا`,
  },
  {
    key: "@migrant",
    en: `migrant, migrants, asylum seekers, asylum seeker, immigrant, immigrants, immigration, emigration, emigrants,
      irregular migrants, irregular migration`,
    ar: `مهاجر, مهاجرين, مهاجرون, طالبي اللجوء, هجرة, الهجرة, الهجرة غير الشرعية, الهجرة غير النظامية`,
  },
  {
    key: "@camp",
    en: `camp, camps, tent, tents, shelter, shelters, sheltering`,
    ar: `مخيم, مخيمات, خيمة, خيام, مأوى, ملجأ, تؤوي, يؤوي`,
  },
  {
    key: "@aid",
    en: `aid, relief, humanitarian, assistance, supplies`,
    ar: `مساعدات, مساعدة, إغاثة, إغاثية, إنسانية, إنساني, إمدادات`,
  },
  // The generic nouns a report uses for an agency it has named once ("the UN agency", "the
  // aid agency", "المفوضية", "الوكالة الأممية"): the agencies in gazetteer.ts are of this family.
  {
    key: "@agency",
    en: `agency, agencies, aid agency, relief agency, humanitarian agency, organisation, organization, aid group, aid groups`,
    ar: `وكالة, وكالات, المفوضية, مفوضية, منظمة, المنظمة, منظمات, هيئة, الهيئة`,
  },
  {
    key: "@food",
    en: `food, meals, flour, hunger, famine, starvation`,
    ar: `غذاء, أغذية, غذائية, طعام, طحين, دقيق, جوع, مجاعة`,
  },
  { key: "@water", en: `water, drinking water, tap water, water supply`, ar: `مياه, ماء, الشرب, مائية, المائي, مياه الشرب` },
  { key: "@medicine", en: `medicine, medicines, drugs, medical supplies`, ar: `دواء, أدوية, مستلزمات طبية` },
  { key: "@shortage", en: `shortage, shortages, lack, scarcity, running out`, ar: `نقص, شح, نفاد, نقصا` },
  { key: "@truck", en: `truck, trucks, lorry, lorries, convoy, convoys`, ar: `شاحنة, شاحنات, قافلة, قوافل` },
  { key: "@border", en: `border, borders, crossing, crossings, frontier`, ar: `حدود, الحدود, معبر, معابر, الحدودي` },
  { key: "@family", en: `family, families, household, households`, ar: `عائلة, عائلات, أسرة, أسر, عوائل` },
  {
    key: "@home",
    en: `home, homes, house, houses, dwelling, dwellings, housing, apartment, apartments, flats, housing units`,
    ar: `منزل, منازل, بيت, بيوت, مسكن, مساكن, شقة, شقق, وحدات سكنية, وحدة سكنية`,
  },
  { key: "@building", en: `building, buildings, structure, structures`, ar: `مبنى, مباني, مبان, بناية, بنايات` },
  { key: "@storey", en: `storey, storeys, floor, floors, upper floors`, ar: `طابق, طوابق, الطوابق, طوابقه, الطابق` },
  // Disasters
  {
    key: "@quake",
    en: `earthquake, earthquakes, quake, quakes, tremor, seismic`,
    ar: `زلزال, زلازل, هزة أرضية, زلزالا`,
  },
  { key: "@aftershock", en: `aftershock, aftershocks`, ar: `هزة ارتدادية, هزات ارتدادية, ارتدادية` },
  {
    key: "@flood",
    en: `flood, floods, flooded, flooding, torrent, torrents, deluge, flash floods`,
    ar: `سيول, سيل, فيضان, فيضانات, طوفان`,
  },
  {
    key: "@rain",
    en: `rain, rains, rainfall, downpour, downpours, storm, storms`,
    ar: `أمطار, مطر, الأمطار, عاصفة, عواصف, منخفض جوي`,
  },
  {
    key: "@fire",
    en: `fire, fires, blaze, blazes, wildfire, wildfires, burned, burnt, flames`,
    ar: `حريق, حرائق, نيران, اشتعلت, احترق, ألسنة اللهب, لهب`,
  },
  {
    key: "@damage",
    en: `damage, damaged, destroyed, destruction, razed, collapsed, flattened, affected`,
    ar: `ضرر, أضرار, تضرر, تضررت, دمر, دمار, تدمير, انهار, انهيار, مدمرة, المتضررين, متضررين, المتضررة`,
  },
  { key: "@drought", en: `drought, droughts, dry spell`, ar: `جفاف` },
  // Places of public life
  {
    key: "@hospital",
    en: `hospital, hospitals, clinic, clinics, medical centre, medical center, health facility, health facilities, health centre,
      health centres, health center, health centers`,
    ar: `مستشفى, مستشفي, مشفى, مشفي, مستشفيات, عيادة, مرافق صحية, مرفق صحي, مراكز صحية, مركز صحي`,
  },
  { key: "@school", en: `school, schools, classroom, classrooms`, ar: `مدرسة, مدارس, مدرسي, صفوف` },
  { key: "@lesson", en: `lesson, lessons, class, classes, school day`, ar: `درس, دروس, حصص, دراسة` },
  {
    key: "@pupil",
    en: `pupil, pupils, student, students, schoolchildren, schoolchild, schoolboys, schoolgirls`,
    ar: `طالب, طلاب, طالبات, تلميذ, تلاميذ, تلميذات`,
  },
  { key: "@market", en: `market, markets, marketplace, bazaar`, ar: `سوق, أسواق` },
  { key: "@mosque", en: `mosque, mosques`, ar: `مسجد, مساجد, جامع` },
  { key: "@church", en: `church, churches`, ar: `كنيسة, كنائس` },
  { key: "@road", en: `road, roads, highway, highways, motorway, street, streets`, ar: `طريق, طرق, الطريق, شارع, شوارع` },
  { key: "@port", en: `port, ports, harbour, harbor, docks, seaport, seaports`, ar: `ميناء, موانئ, مرفأ` },
  { key: "@airport", en: `airport, airports`, ar: `مطار, مطارات` },
  { key: "@coast", en: `coast, coasts, coastal, shore, offshore, off the coast`, ar: `ساحل, سواحل, الساحلي, قبالة` },
  { key: "@sea", en: `sea, seas, waters`, ar: `بحر, البحر, المياه الإقليمية` },
  { key: "@village", en: `village, villages, hamlet`, ar: `قرية, قرى, بلدة, بلدات` },
  {
    key: "@province",
    en: `province, provinces, governorate, governorates, provincial`,
    ar: `محافظة, محافظات, ولاية, إقليم`,
  },
  {
    key: "@district",
    en: `district, districts, neighbourhood, neighborhood, suburb`,
    ar: `حي, أحياء, مديرية, ضاحية, منطقة`,
    weak: true,
  },
  { key: "@city", en: `city, cities, town, towns`, ar: `مدينة, مدن`, weak: true },
  { key: "@country", en: `country, countries, nation`, ar: `بلد, بلاد, دولة`, weak: true },
  // Who a claim is attributed to ("medical sources", "وفق مصادر طبية"): written here so that مصادر
  // (sources) is not read as the stem of مصادرة (confiscation).
  { key: "@source", en: `source, sources`, ar: `مصدر, مصادر, المصادر`, weak: true },
  // Transport
  {
    key: "@ship",
    en: `ship, ships, vessel, vessels, boat, boats, ferry, ferries, tanker, tankers, freighter, dinghy`,
    ar: `سفينة, سفن, قارب, قوارب, مركب, مراكب, عبارة, ناقلة`,
  },
  {
    key: "@sink",
    en: `sink, sank, sunk, sinking, capsize, capsized, capsizing, shipwreck`,
    ar: `غرق, غرقت, انقلب, انقلاب, جنح`,
  },
  { key: "@passenger", en: `passenger, passengers, on board, aboard, travellers, travelers`, ar: `راكب, ركاب, على متن, يقل, تقل, مسافرين, المسافرين, مسافرون` },
  { key: "@plane", en: `plane, planes, aircraft, jet, flight, flights`, ar: `طائرة, طائرات, رحلة, رحلات` },
  {
    key: "@crash",
    en: `crash, crashed, collision, collided, road accident, road accidents, traffic accident, traffic accidents, car crash, car accident`,
    ar: `تحطم, تحطمت, اصطدام, اصطدمت, حادث سير, حوادث السير, حادث مروري, حوادث مرورية, حوادث المرور, حادث مرور`,
  },
  { key: "@train", en: `train, trains, railway, railways, rail, rail network`, ar: `قطار, قطارات, سكة حديد, السكك الحديدية, سكك حديدية` },
  // Maritime
  { key: "@crew", en: `crew, crews, crew members, sailors, seafarers, seamen`, ar: `طاقم, طواقم, بحار, بحارة, أفراد الطاقم` },
  { key: "@strait", en: `strait, straits`, ar: `مضيق` },
  { key: "@cargo", en: `cargo, carrying, loaded, shipment, shipments`, ar: `حمولة, محملة, محمّلة, شحنة, شحنات` },
  { key: "@seize", en: `confiscated, confiscate, impounded, impound, intercepted`, ar: `احتجز, احتجزت, احتجاز, صادر, صادرت, مصادرة, اعترض, اعترضت` },
  // Sport
  { key: "@title", en: `title, titles, crown, crowns, trophy, trophies, championship, championships, cup, tournament, tournaments`, ar: `لقب, ألقاب, كأس, بطولة, تتويج, توج, توّج` },
  { key: "@match", en: `match, matches, game, games, final, finals, fixture, leg`, ar: `مباراة, مباريات, لقاء, نهائي, النهائي, إياب, ذهاب` },
  { key: "@goal", en: `goal, goals, scored, scorer, winner, equaliser, equalizer`, ar: `هدف, أهداف, سجل, سجّل, أحرز` },
  { key: "@fan", en: `fan, fans, supporters, spectators, crowd`, ar: `مشجع, مشجعين, مشجعون, جماهير, جمهور, متفرج` },
  { key: "@stadium", en: `stadium, stadiums, arena`, ar: `ملعب, ملاعب, استاد, إستاد` },
  { key: "@club", en: `club, clubs, team, teams, side`, ar: `نادي, النادي, أندية, فريق, فرق` },
  { key: "@beat", en: `beat, beaten, defeated, defeat, overcame, edged, thrashed`, ar: `تغلب, هزم, هزيمة, بعد فوزه على, فاز على, يتغلب, تغلبت, هزمت` },
  // Labour
  {
    key: "@walkout",
    en: `walkout, walkouts, walked out, walk out, walked off the job, stopped work, stop work, stopping work, downed tools,
      went on strike, go on strike, on strike, industrial action, strikers, striking workers, general strike, open-ended strike,
      strike action, nationwide strike, indefinite strike, staged a strike`,
    ar: `إضراب, إضرابا, أضرب, أضربوا, مضربين, مضربون, توقفوا عن العمل, التوقف عن العمل, إضراب مفتوح, إضراب عام`,
  },
  {
    key: "@worker",
    en: `worker, workers, employee, employees, staff, labourers, laborers, workforce`,
    ar: `عامل, عمال, العاملين, موظف, موظفين, موظفو, موظفي`,
  },
  {
    key: "@dockworker",
    en: `docker, dockers, dockworker, dockworkers, dock worker, dock workers, longshoremen, stevedores, port workers`,
    ar: `عمال الموانئ, عمال الميناء, عمال الرصيف`,
  },
  {
    key: "@teacher",
    en: `teacher, teachers, educator, educators, lecturer, lecturers`,
    ar: `معلم, معلمين, معلمون, مدرس, مدرسين, مدرسون, أساتذة`,
  },
  { key: "@nurse", en: `nurse, nurses, nursing staff`, ar: `ممرض, ممرضين, ممرضات, ممرضون` },
  {
    key: "@doctor",
    en: `doctor, doctors, physician, physicians, medics, medical staff, health workers, healthcare workers, medical workers`,
    ar: `طبيب, أطباء, الكوادر الطبية, طواقم طبية, فرق طبية, الكوادر الصحية, العاملين الصحيين`,
  },
  { key: "@union", en: `union, unions, trade union, labour union`, ar: `نقابة, نقابات, اتحاد` },
  { key: "@employer", en: `employer, employers, management`, ar: `أصحاب العمل, صاحب العمل, إدارة` },
  { key: "@pay", en: `pay, wage, wages, salary, salaries, paid, minimum wage`, ar: `أجر, أجور, راتب, رواتب, الأجور, الحد الأدنى للأجور, دفع, دفعت, يدفع, تدفع` },
  { key: "@job", en: `job, jobs, post, posts, position, positions, employment, hire, hired, hiring, recruitment`, ar: `وظيفة, وظائف, فرص عمل, توظيف` },
  { key: "@unemployment", en: `unemployment, jobless, unemployed, out of work`, ar: `بطالة, عاطلين, العاطلين عن العمل` },
  {
    key: "@layoff",
    en: `layoff, layoffs, lay off, laid off, laying off, lays off, job cuts, job losses, redundancies, cut jobs, cutting jobs, shed jobs, shedding jobs, dismissed workers, dismissed staff, dismissed employees, fired workers, fired staff, fired employees`,
    ar: `تسريح, تسريح موظفين, تسريح عمال, سرحت, سرح, يسرح, تسرح, الاستغناء عن, خفض الوظائف, فصل موظفين, فصل عمال, فصل العمال, فصل الموظفين`,
  },
  // Economy
  { key: "@profit", en: `profit, profits, net profit, earnings`, ar: `ربح, أرباح, صافي الربح, صافي الأرباح` },
  { key: "@share", en: `share, shares, stock, stocks`, ar: `سهم, أسهم` },
  { key: "@gas", en: `gas, natural gas`, ar: `غاز, الغاز, الغاز الطبيعي` },
  {
    key: "@rise",
    // Market idioms of direction too ("gained", "rallied", "قفزت"): a currency or a price that
    // gained rose.
    en: `rise, rose, risen, rising, increase, increased, increases, raise, raised, hike, hiked, grew, grow, grown, growth, climb, climbed, jump, jumped, soar, soared, doubled, tripled, spiked, skyrocketed,
      gain, gained, gains, rallied, surge, surged, strengthened, firmed, higher, highest`,
    ar: `ارتفع, ارتفعت, ارتفاع, بارتفاع, لارتفاع, يرتفع, ترتفع, زيادة, زاد, زادت, يزيد, تزيد, ازداد, نمو, رفع, رفعت, ضاعف, ضاعفت, تضاعف, تضاعفت, صعد, صعدت, قفز, قفزت, تحسن, تحسنت, مكاسب`,
  },
  {
    key: "@fall",
    // Market idioms of direction too: "slid", "lost ground", "lost 2% of its value" ("of its
    // value" only ever follows a loss), "its weakest level", "هوت", "فقدت ... من قيمتها".
    en: `fall, fell, fallen, falling, decrease, decreased, decline, declined, drop, dropped, cut, cuts, shrank, slumped, plunged, plummeted, halved, weakened,
      slide, slid, sliding, slip, slipped, tumble, tumbled, slump, plunge, shed, eased, weaken, weaker, weakest, lower, lowest,
      lost ground, of its value, of their value, depreciated, depreciation, reduce, reduced, reduces, reducing, reduction, contraction,
      deteriorated, deteriorating, deterioration, worsened, worsening`,
    ar: `انخفض, انخفضت, انخفاض, بانخفاض, لانخفاض, ينخفض, تنخفض, تراجع, تراجعت, بتراجع, يتراجع, تتراجع, هبوط, هبط, انكماش, خفض, خفضت, هوى, هوت, تهاوى, تهاوت, تدهور, تدهورت,
      تدنى, تدنت, خسر, خسرت, من قيمته, من قيمتها, أدنى مستوى, أدنى مستوياته, أدنى مستوياتها, قلص, قلصت, تقليص`,
  },
  { key: "@price", en: `price, prices, cost, costs, fare, fares`, ar: `سعر, أسعار, تكلفة, كلفة` },
  { key: "@inflation", en: `inflation, consumer prices, consumer price index, cpi`, ar: `تضخم, التضخم` },
  {
    key: "@interest",
    en: `interest rate, interest rates, rates, key rate, lending rate`,
    ar: `سعر الفائدة, أسعار الفائدة, الفائدة, فائدة`,
  },
  { key: "@basispoint", en: `basis point, basis points`, ar: `نقطة أساس, نقاط أساس` },
  { key: "@centralbank", en: `central bank, reserve bank`, ar: `البنك المركزي, المصرف المركزي, بنك مركزي` },
  { key: "@currency", en: `currency, currencies, exchange rate`, ar: `عملة, العملة, سعر الصرف, صرف` },
  // "US dollar" is the currency, not the country and a currency (text.ts reads "US" as the country).
  currency("@dollar", `dollar, dollars, usd, greenback, us dollar, us dollars, usa dollar, usa dollars`, `دولار, دولارات, الدولار`),
  currency("@pound", `pound, pounds, sterling`, `جنيه, جنيها, جنيهات, إسترليني`),
  currency("@lira", `lira, liras`, `ليرة, ليرات`),
  currency("@euro", `euro, euros`, `يورو`),
  currency("@naira", `naira`, `نايرا, النيرة, نيرة`),
  currency("@rupee", `rupee, rupees`, `روبية, روبيات`),
  currency("@shilling", `shilling, shillings`, `شلن, شلنات`),
  currency("@rouble", `rouble, roubles, ruble, rubles`, `روبل`),
  currency("@yuan", `yuan, renminbi`, `يوان`),
  currency("@yen", `yen`, `الين الياباني`),
  currency("@riyal", `riyal, riyals, rial, rials`, `ريال, ريالات`),
  currency("@dinar", `dinar, dinars`, `دينار, دنانير`),
  currency("@dirham", `dirham, dirhams`, `درهم, دراهم`),
  currency("@hryvnia", `hryvnia`, `هريفنيا`),
  {
    key: "@economy",
    en: `economy, economic, economies, economist, economists, gdp, gross domestic product, output`,
    ar: `اقتصاد, الاقتصاد, الاقتصادي, اقتصادية, الناتج المحلي`,
  },
  { key: "@budget", en: `budget, budgets`, ar: `ميزانية, موازنة` },
  {
    key: "@fund",
    en: `fund, funds, funding, spend, spending, spent, allocate, allocated, allocation, financing, pay for, pays for, paid for`,
    ar: `مخصصات, تمويل, إنفاق, خصص, خصصت, تمويلا`,
  },
  { key: "@debt", en: `debt, debts, loan, loans, borrowing, borrowed, borrow`, ar: `دين, ديون, قرض, قروض, اقتراض` },
  { key: "@tax", en: `tax, taxes, levy, tariff, tariffs, vat, value added tax, customs duties`, ar: `ضريبة, ضرائب, رسوم, جمارك, ضريبة القيمة المضافة` },
  { key: "@export", en: `export, exports, exported, exporter, exporters`, ar: `صادرات, تصدير, صدرت, المصدرين, الصادرات` },
  { key: "@import", en: `import, imports, imported, importer, importers`, ar: `واردات, استيراد, استورد, استوردت, الواردات` },
  { key: "@oil", en: `oil, crude, petroleum, brent, brent crude`, ar: `نفط, النفط, نفطية, بترول, برنت, خام برنت` },
  {
    key: "@fuel",
    en: `fuel, petrol, gasoline, diesel, cooking gas, lpg, kerosene, butane`,
    ar: `وقود, بنزين, البنزين, مازوت, ديزل, غاز الطهي, الغاز المنزلي, أسطوانات الغاز, أسطوانة غاز, كيروسين, الكاز`,
  },
  { key: "@bread", en: `bread, loaf, loaves`, ar: `خبز, الخبز, رغيف, ربطة` },
  {
    key: "@electricity",
    en: `electricity, power cuts, power cut, blackout, blackouts, power outage, power outages, outages, power station,
      power stations, power plant, power plants, power supply, state power, grid, power, electric, electrical`,
    ar: `كهرباء, الكهرباء, كهربائي, كهربائية, انقطاع التيار, التيار الكهربائي, محطات الكهرباء, محطة كهرباء, الشبكة الكهربائية`,
  },
  { key: "@revenue", en: `revenue, revenues, income, receipts`, ar: `إيرادات, عائدات, دخل` },
  { key: "@tourism", en: `tourism, tourist, tourists, visitors, holidaymakers`, ar: `سياحة, سياحي, سياح, سائح, زوار` },
  { key: "@record", en: `record, all-time high, unprecedented`, ar: `قياسي, قياسيا, قياسية, غير مسبوق` },
  {
    key: "@annual",
    en: `annual, annually, yearly, year-on-year, year on year, a year, per year, each year, every year, per annum`,
    ar: `سنوي, سنويا, السنوي, على أساس سنوي, كل عام, كل سنة, في السنة`,
  },
  {
    key: "@publicsector",
    en: `public sector, civil servants, civil service, state employees`,
    ar: `القطاع العام, موظفي الدولة`,
  },
  // Politics and institutions
  {
    key: "@government",
    en: `government, governments, cabinet, authorities`,
    ar: `حكومة, الحكومة, حكومي, حكومية, سلطات, السلطات`,
    weak: true,
  },
  { key: "@ministry", en: `ministry, ministries, department`, ar: `وزارة, وزارات`, weak: true },
  { key: "@minister", en: `minister, ministers, secretary`, ar: `وزير, وزراء`, weak: true },
  { key: "@interior", en: `interior, home office, home affairs`, ar: `الداخلية, داخلية` },
  { key: "@health", en: `health, healthcare, health care`, ar: `الصحة, صحة, الصحية, صحي` },
  { key: "@defence", en: `defence, defense`, ar: `الدفاع, دفاع` },
  {
    key: "@civildefence",
    en: `civil defence, civil defense, rescue workers, white helmets`,
    ar: `الدفاع المدني, الخوذ البيضاء`,
  },
  { key: "@coastguard", en: `coast guard, coastguard`, ar: `خفر السواحل, حرس السواحل` },
  { key: "@education", en: `education, educational`, ar: `التعليم, تعليم, التربية, تربية` },
  { key: "@president", en: `president, presidential`, ar: `رئيس, الرئيس, رئاسي, رئاسية` },
  { key: "@primeminister", en: `prime minister, premier`, ar: `رئيس الوزراء, رئيس الحكومة` },
  {
    key: "@parliament",
    en: `parliament, parliamentary, lawmakers, legislators, legislature, mps, mp, member of parliament, members of parliament,
      house of representatives`,
    ar: `برلمان, البرلمان, برلمانية, برلماني, مجلس النواب, نواب, النواب, نائب, النائب, مجلس الشعب`,
  },
  { key: "@council", en: `council, councils, councillors, assembly`, ar: `مجلس, المجلس, مجالس` },
  {
    key: "@vote",
    en: `vote, voted, votes, voting, ballot, ballots, election, elections, electoral, poll, polls, voter, voters, elect, elected,
      re-elected`,
    ar: `تصويت, صوت, صوتوا, انتخاب, انتخابات, انتخابية, اقتراع, ناخب, ناخبين, ناخبون, انتخب, انتخبت, ينتخب`,
  },
  { key: "@turnout", en: `turnout, participation, participated`, ar: `إقبال, مشاركة, شارك, نسبة المشاركة` },
  { key: "@seat", en: `seat, seats`, ar: `مقعد, مقاعد, مقعدا` },
  { key: "@party", en: `party, parties`, ar: `حزب, أحزاب` },
  // مترشح is how Maghreb outlets write "candidate" (an exam's or an election's).
  { key: "@candidate", en: `candidate, candidates`, ar: `مرشح, مرشحين, مرشحون, مترشح, مترشحين, مترشحون` },
  {
    key: "@win",
    en: `win, won, wins, winning, secure, secured, victory`,
    ar: `فاز, فازت, يفوز, فوز, حصد, حصدت, حصل, حصلت`,
  },
  {
    key: "@protest",
    en: `protest, protests, protester, protesters, protestors, demonstration, demonstrations, demonstrators, rally, rallies,
      sit-in, sit-ins, marched, marchers`,
    ar: `احتجاج, احتجاجات, محتجين, محتجون, مظاهرة, مظاهرات, متظاهرين, متظاهرون, تظاهر, تظاهرات, اعتصام, اعتصامات, معتصمين, معتصمون`,
  },
  {
    key: "@talks",
    en: `talks, negotiations, negotiators, dialogue, negotiating table, negotiate, negotiated, negotiating`,
    ar: `محادثات, مفاوضات, مباحثات, حوار, طاولة المفاوضات, تفاوض, التفاوض, يتفاوض`,
  },
  {
    key: "@agreement",
    en: `agreement, agreements, deal, deals, accord, accords, pact, agreed, agree, agrees`,
    ar: `اتفاق, اتفاقية, اتفاقيات, صفقة, اتفق, اتفقت, اتفقوا, الاتفاق`,
  },
  { key: "@resume", en: `resume, resumed, restart, restarted`, ar: `استئناف, استأنف, تستأنف, يستأنف` },
  {
    key: "@reject",
    en: `reject, rejected, rejects, turn down, turned down, refuse, refused, refuses, dismissed`,
    ar: `رفض, رفضت, رفضوا, يرفض, ترفض`,
  },
  {
    key: "@demand",
    en: `demand, demanded, demanding, demands, call for, called for, calling for, urge, urged`,
    ar: `طالبت, طالبوا, مطالب, مطالبة, دعا, دعت, يطالب, تطالب, يدعو, تدعو`,
  },
  {
    key: "@offer",
    en: `offer, offered, offers, proposal, proposals, propose, proposed`,
    ar: `عرض, عرضت, اقترح, اقترحت, مقترح, اقتراح`,
  },
  {
    key: "@approve",
    en: `approve, approved, approval, passed, adopted, endorsed, ratified, ratify, ratification`,
    ar: `وافق, وافقت, موافقة, يوافق, توافق, أقر, أقرت, صادق, صادقت, المصادقة`,
  },
  { key: "@warn", en: `warn, warned, warning, warnings, cautioned`, ar: `حذر, حذرت, تحذير, تحذيرات, يحذر, تحذر` },
  {
    key: "@investigation",
    en: `investigation, investigations, inquiry, probe, investigate, investigated, investigating, investigators, investigator`,
    ar: `تحقيق, تحقيقات, محققين, المحققين, محقق, فتح تحقيق, يحقق`,
  },
  { key: "@open", en: `open, opened, reopen, reopened, reopening`, ar: `افتتح, افتتاح, أعاد فتح, فتح, فتحت, يفتح, تفتح, إعادة فتح` },
  { key: "@close", en: `close, closed, closure, shut, shutdown, closing`, ar: `إغلاق, أغلق, أغلقت, مغلقة, يغلق, تغلق, مغلق` },
  // Justice
  {
    key: "@arrest",
    en: `arrest, arrested, arrests, detain, detained, detention, held, custody, rounded up, apprehended`,
    ar: `اعتقل, اعتقلت, اعتقال, باعتقال, يعتقل, تعتقل, القبض, ألقت القبض, ألقى القبض, قبض, توقيف, أوقف, أوقفت`,
  },
  {
    key: "@release",
    en: `release, released, freed, set free, let go`,
    ar: `أفرج, أفرجت, الإفراج, إطلاق سراح, أطلق سراح, أطلقت سراح, المفرج عنهم, مفرج عنهم, أطلق سراحهم`,
  },
  { key: "@exchange", en: `exchange, exchanged, swap, swapped, swaps`, ar: `تبادل, مبادلة, صفقة تبادل, تبادلا` },
  {
    key: "@prisoner",
    en: `prisoner, prisoners, detainee, detainees, inmates, captive, captives, prisoners of war, pows`,
    ar: `سجين, سجناء, معتقل, معتقلين, معتقلون, محتجز, محتجزين, محتجزون, أسير, أسرى, أسيرا, أسيراً, موقوف, موقوفين`,
  },
  // A court and a judge are two: a claim about one and a claim about the other are often two facts.
  { key: "@court", en: `court, courts, tribunal, chamber`, ar: `محكمة, محاكم, المحكمة, دائرة جنائية, الدائرة الجنائية` },
  {
    key: "@sentence",
    en: `sentence, sentences, sentenced, convicted, jailed, prison term, prison terms, jail term, jail terms, prison, prisons, jail, jails,
      imprisoned, imprisonment, guilty, found guilty`,
    ar: `حكم, حكمت, أحكام, أحكاما, أحكاماً, أدين, إدانة, سجن, بالسجن, محكوم, سجون, السجون`,
  },
  { key: "@trial", en: `trial, trials, tried, hearing, hearings, prosecuted, session, sessions`, ar: `محاكمة, محاكمات, جلسة, جلسات, حوكم` },
  { key: "@defendant", en: `defendant, defendants, accused, suspect, suspects`, ar: `متهم, متهمين, متهمون, المتهمين, مشتبه, مشتبه بهم` },
  { key: "@lawyer", en: `lawyer, lawyers, attorney, attorneys, defence team, defense team, legal team`, ar: `محامي, محام, محامين, محامون, محامو, هيئة الدفاع, فريق الدفاع` },
  { key: "@appeal", en: `appeal, appeals, appealed, court of appeal, appeals court`, ar: `طعن, الطعن, طعون, محكمة الاستئناف, استئناف الحكم` },
  { key: "@absentia", en: `in absentia, absentia`, ar: `غيابي, غيابيا, غيابياً, غيابية, أحكام غيابية` },
  // Health
  { key: "@outbreak", en: `outbreak, outbreaks, epidemic, spread, spreading`, ar: `تفشي, تفشى, انتشار, وباء` },
  { key: "@cholera", en: `cholera`, ar: `كوليرا, الكوليرا` },
  {
    key: "@disease",
    en: `disease, diseases, illness, infection, infections, infected`,
    ar: `مرض, أمراض, عدوى, إصابات بالمرض`,
  },
  {
    key: "@vaccine",
    en: `vaccine, vaccines, vaccination, vaccinations, vaccinated, vaccinate, vaccinating, inoculation, immunisation, immunization,
      immunised, immunized, jab, jabs`,
    ar: `لقاح, لقاحات, تطعيم, التطعيم, حملة تطعيم, تحصين, التحصين, لقحوا, تلقيح`,
  },
  { key: "@dose", en: `dose, doses, shot, shots`, ar: `جرعة, جرعات` },
  { key: "@patient", en: `patient, patients, treated, being treated, hospitalised, hospitalized, admitted to hospital`, ar: `مريض, مرضى, يتلقون العلاج, تلقوا العلاج, عولج, نقلوا إلى المستشفى` },
  { key: "@isolation", en: `isolation, quarantine, isolation centre, isolation centres, isolation ward`, ar: `عزل, حجر صحي, مراكز عزل, مركز عزل` },
  // People
  {
    key: "@child",
    en: `child, children, kid, kids, minor, minors, boys, girls`,
    ar: `طفل, أطفال, الأطفال, قاصر, قاصرين`,
  },
  { key: "@woman", en: `woman, women, female`, ar: `امرأة, نساء, النساء, سيدات` },
  {
    key: "@resident",
    en: `resident, residents, inhabitants, population, locals, local`,
    ar: `سكان, السكان, الأهالي, أهالي, قاطنين, محلي, محلية, المحلي, المحلية, محليين, المحليين`,
  },
  {
    key: "@journalist",
    en: `journalist, journalists, reporter, reporters, correspondent, correspondents, photojournalist, photojournalists`,
    ar: `صحفي, صحفيين, صحفيون, إعلاميين, مراسل, مراسلين, صحافي, صحافيين, صحافيون, مصور صحفي`,
  },
  // Time words that carry a fact ("in May" = "في أيار")
  { key: "@january", en: `january`, ar: `يناير, كانون الثاني` },
  { key: "@february", en: `february`, ar: `فبراير, شباط` },
  { key: "@march", en: `march`, ar: `مارس, آذار` },
  { key: "@april", en: `april`, ar: `أبريل, نيسان` },
  // "May" is never read in English (a function word first); the Arabic names still are.
  { key: "@may", en: ``, ar: `مايو, أيار` },
  { key: "@june", en: `june`, ar: `يونيو, حزيران` },
  { key: "@july", en: `july`, ar: `يوليو, تموز` },
  { key: "@august", en: `august`, ar: `أغسطس, آب` },
  { key: "@september", en: `september`, ar: `سبتمبر, أيلول` },
  { key: "@october", en: `october`, ar: `أكتوبر, تشرين الأول` },
  { key: "@november", en: `november`, ar: `نوفمبر, تشرين الثاني` },
  { key: "@december", en: `december`, ar: `ديسمبر, كانون الأول` },
  { key: "@dawn", en: `dawn, early hours, early morning, daybreak`, ar: `فجر, الفجر, الصباح الباكر, فجرا` },
  { key: "@night", en: `night, overnight, evening`, ar: `ليلة, ليل, ليلا, مساء` },
];
