// Word lists for synthetic demo people and case records. Everything here is invented; any likeness
// to a real person is a coincidence of common Lithuanian names.

export const MALE_FIRST_NAMES = [
  'Jonas', 'Petras', 'Antanas', 'Tomas', 'Mindaugas', 'Darius', 'Gintaras', 'Vytautas', 'Algirdas', 'Rimantas',
  'Saulius', 'Andrius', 'Mantas', 'Lukas', 'Matas', 'Domantas', 'Gediminas', 'Žilvinas', 'Šarūnas', 'Kęstutis',
  'Eimantas', 'Paulius', 'Karolis', 'Justas', 'Dovydas', 'Nerijus', 'Arūnas', 'Valdas', 'Audrius', 'Rolandas',
  'Ričardas', 'Aurimas', 'Deividas', 'Vilius', 'Ignas', 'Julius', 'Kazimieras', 'Jurgis', 'Povilas', 'Gytis',
  'Tadas', 'Marius', 'Evaldas', 'Egidijus', 'Laurynas', 'Aistis', 'Žygimantas', 'Vaidotas', 'Remigijus', 'Edvinas',
  'Rokas', 'Nojus', 'Kajus', 'Jokūbas', 'Benediktas', 'Vakaris', 'Arnas', 'Titas', 'Ąžuolas', 'Gabrielius',
] as const;

export const FEMALE_FIRST_NAMES = [
  'Ona', 'Jurgita', 'Gintarė', 'Rūta', 'Eglė', 'Aušra', 'Daiva', 'Kristina', 'Rasa', 'Inga',
  'Lina', 'Asta', 'Jolanta', 'Vilma', 'Irena', 'Dalia', 'Birutė', 'Aldona', 'Laima', 'Giedrė',
  'Ieva', 'Gabija', 'Austėja', 'Emilija', 'Ugnė', 'Goda', 'Kamilė', 'Miglė', 'Simona', 'Justė',
  'Viktorija', 'Agnė', 'Ramunė', 'Danutė', 'Živilė', 'Sigita', 'Neringa', 'Vaida', 'Loreta', 'Renata',
  'Edita', 'Indrė', 'Monika', 'Greta', 'Skaistė', 'Akvilė', 'Vitalija', 'Žydrūnė', 'Milda', 'Aistė',
  'Liepa', 'Smiltė', 'Urtė', 'Rugilė', 'Jorė', 'Elzė', 'Saulė', 'Dovilė', 'Raminta', 'Genovaitė',
] as const;

/** [man, married woman, unmarried woman]: Lithuanian surnames change their ending with sex and marriage. */
export const SURNAMES: readonly (readonly [string, string, string])[] = [
  ['Kazlauskas', 'Kazlauskienė', 'Kazlauskaitė'],
  ['Jankauskas', 'Jankauskienė', 'Jankauskaitė'],
  ['Petrauskas', 'Petrauskienė', 'Petrauskaitė'],
  ['Stankevičius', 'Stankevičienė', 'Stankevičiūtė'],
  ['Vasiliauskas', 'Vasiliauskienė', 'Vasiliauskaitė'],
  ['Žukauskas', 'Žukauskienė', 'Žukauskaitė'],
  ['Butkus', 'Butkienė', 'Butkutė'],
  ['Paulauskas', 'Paulauskienė', 'Paulauskaitė'],
  ['Urbonas', 'Urbonienė', 'Urbonaitė'],
  ['Kavaliauskas', 'Kavaliauskienė', 'Kavaliauskaitė'],
  ['Baranauskas', 'Baranauskienė', 'Baranauskaitė'],
  ['Navickas', 'Navickienė', 'Navickaitė'],
  ['Ramanauskas', 'Ramanauskienė', 'Ramanauskaitė'],
  ['Savickas', 'Savickienė', 'Savickaitė'],
  ['Rimkus', 'Rimkienė', 'Rimkutė'],
  ['Šimkus', 'Šimkienė', 'Šimkutė'],
  ['Žemaitis', 'Žemaitienė', 'Žemaitytė'],
  ['Sakalauskas', 'Sakalauskienė', 'Sakalauskaitė'],
  ['Adomaitis', 'Adomaitienė', 'Adomaitytė'],
  ['Kairys', 'Kairienė', 'Kairytė'],
  ['Mockus', 'Mockienė', 'Mockutė'],
  ['Vaitkus', 'Vaitkienė', 'Vaitkutė'],
  ['Jonaitis', 'Jonaitienė', 'Jonaitytė'],
  ['Gudaitis', 'Gudaitienė', 'Gudaitytė'],
  ['Čepulis', 'Čepulienė', 'Čepulytė'],
  ['Šukys', 'Šukienė', 'Šukytė'],
  ['Grigas', 'Grigienė', 'Grigaitė'],
  ['Balčiūnas', 'Balčiūnienė', 'Balčiūnaitė'],
  ['Kučinskas', 'Kučinskienė', 'Kučinskaitė'],
  ['Lukoševičius', 'Lukoševičienė', 'Lukoševičiūtė'],
  ['Mikalauskas', 'Mikalauskienė', 'Mikalauskaitė'],
  ['Dambrauskas', 'Dambrauskienė', 'Dambrauskaitė'],
  ['Česnulevičius', 'Česnulevičienė', 'Česnulevičiūtė'],
  ['Kriaučiūnas', 'Kriaučiūnienė', 'Kriaučiūnaitė'],
  ['Valančius', 'Valančienė', 'Valančiūtė'],
  ['Žilinskas', 'Žilinskienė', 'Žilinskaitė'],
  ['Bagdonas', 'Bagdonienė', 'Bagdonaitė'],
  ['Tamošiūnas', 'Tamošiūnienė', 'Tamošiūnaitė'],
  ['Jasiūnas', 'Jasiūnienė', 'Jasiūnaitė'],
  ['Pocius', 'Pocienė', 'Pociūtė'],
  ['Kazakevičius', 'Kazakevičienė', 'Kazakevičiūtė'],
  ['Gražulis', 'Gražulienė', 'Gražulytė'],
  ['Dapkus', 'Dapkienė', 'Dapkutė'],
  ['Marcinkevičius', 'Marcinkevičienė', 'Marcinkevičiūtė'],
  ['Sinkevičius', 'Sinkevičienė', 'Sinkevičiūtė'],
  ['Budrys', 'Budrienė', 'Budrytė'],
  ['Stonkus', 'Stonkienė', 'Stonkutė'],
  ['Vitkauskas', 'Vitkauskienė', 'Vitkauskaitė'],
  ['Matulis', 'Matulienė', 'Matulytė'],
  ['Juška', 'Juškienė', 'Juškaitė'],
  ['Daukša', 'Daukšienė', 'Daukšaitė'],
  ['Švedas', 'Švedienė', 'Švedaitė'],
  ['Dūda', 'Dūdienė', 'Dūdaitė'],
  ['Žalys', 'Žalienė', 'Žalytė'],
  ['Rutkauskas', 'Rutkauskienė', 'Rutkauskaitė'],
  ['Ūsas', 'Ūsienė', 'Ūsaitė'],
  ['Bernotas', 'Bernotienė', 'Bernotaitė'],
  ['Karalius', 'Karalienė', 'Karaliūtė'],
  ['Liutkus', 'Liutkienė', 'Liutkutė'],
  ['Šapoka', 'Šapokienė', 'Šapokaitė'],
  ['Morkūnas', 'Morkūnienė', 'Morkūnaitė'],
  ['Vaičiulis', 'Vaičiulienė', 'Vaičiulytė'],
  ['Jurevičius', 'Jurevičienė', 'Jurevičiūtė'],
  ['Noreika', 'Noreikienė', 'Noreikaitė'],
  ['Pranckevičius', 'Pranckevičienė', 'Pranckevičiūtė'],
];

/** People without a Lithuanian personal code (foreign nationals, newly arrived): [first, last, sex]. */
export const FOREIGN_PEOPLE: readonly (readonly [string, string, 'F' | 'M'])[] = [
  ['Olena', 'Kovalenko', 'F'],
  ['Andrij', 'Ševčenko', 'M'],
  ['Iryna', 'Bondarenko', 'F'],
  ['Dmytro', 'Melnyk', 'M'],
  ['Maryna', 'Tkačenko', 'F'],
  ['Oleksandr', 'Kravčenko', 'M'],
  ['Aliaksandr', 'Ivanou', 'M'],
  ['Volha', 'Kazlova', 'F'],
  ['Anna', 'Kowalska', 'F'],
  ['Piotr', 'Nowak', 'M'],
  ['Natalja', 'Smirnova', 'F'],
  ['Sergej', 'Volkov', 'M'],
  ['Tetiana', 'Boiko', 'F'],
  ['Yurii', 'Lysenko', 'M'],
];

/** Towns with a few of their streets and a postcode stem; weight ~ population. */
export const TOWNS: readonly { name: string; weight: number; postcode: number; streets: readonly string[] }[] = [
  { name: 'Vilnius', weight: 30, postcode: 1100, streets: ['Gedimino pr.', 'Žirmūnų g.', 'Antakalnio g.', 'Kalvarijų g.', 'Šeškinės g.', 'Ukmergės g.', 'Savanorių pr.', 'Pylimo g.', 'Laisvės pr.', 'Justiniškių g.', 'Fabijoniškių g.', 'Viršuliškių g.', 'Naugarduko g.', 'Liepkalnio g.'] },
  { name: 'Kaunas', weight: 18, postcode: 44100, streets: ['Laisvės al.', 'Savanorių pr.', 'Šiaurės pr.', 'Pramonės pr.', 'Baršausko g.', 'Taikos pr.', 'Kovo 11-osios g.', 'Vytauto pr.', 'Veiverių g.', 'Jonavos g.'] },
  { name: 'Klaipėda', weight: 9, postcode: 91100, streets: ['Taikos pr.', 'Herkaus Manto g.', 'Baltijos pr.', 'Šilutės pl.', 'Minijos g.', 'Debreceno g.', 'Naikupės g.'] },
  { name: 'Šiauliai', weight: 7, postcode: 76100, streets: ['Tilžės g.', 'Vilniaus g.', 'Dainų g.', 'Gardino g.', 'Aušros al.', 'Architektų g.'] },
  { name: 'Panevėžys', weight: 6, postcode: 35100, streets: ['Respublikos g.', 'Klaipėdos g.', 'Smėlynės g.', 'Basanavičiaus g.', 'Ukmergės g.'] },
  { name: 'Alytus', weight: 3, postcode: 62100, streets: ['Naujoji g.', 'Pulko g.', 'Santaikos g.', 'Jiezno g.', 'Vilties g.'] },
  { name: 'Marijampolė', weight: 3, postcode: 68100, streets: ['Kauno g.', 'Vytauto g.', 'Sodo g.', 'Gedimino g.'] },
  { name: 'Mažeikiai', weight: 2, postcode: 89100, streets: ['Ventos g.', 'Laisvės g.', 'Žemaitijos g.'] },
  { name: 'Jonava', weight: 2, postcode: 55100, streets: ['Žeimių g.', 'Chemikų g.', 'Kosmonautų g.'] },
  { name: 'Utena', weight: 2, postcode: 28100, streets: ['Aušros g.', 'Basanavičiaus g.', 'Taikos g.'] },
  { name: 'Kėdainiai', weight: 2, postcode: 57100, streets: ['Didžioji g.', 'Basanavičiaus g.', 'Josvainių g.'] },
  { name: 'Telšiai', weight: 1, postcode: 87100, streets: ['Respublikos g.', 'Žemaitės g.', 'Kalnų g.'] },
  { name: 'Tauragė', weight: 1, postcode: 72100, streets: ['Vytauto g.', 'Dariaus ir Girėno g.', 'Prezidento g.'] },
  { name: 'Ukmergė', weight: 1, postcode: 20100, streets: ['Kauno g.', 'Vilniaus g.', 'Deltuvos g.'] },
  { name: 'Visaginas', weight: 1, postcode: 31100, streets: ['Jaunystės g.', 'Taikos pr.', 'Parko g.'] },
  { name: 'Plungė', weight: 1, postcode: 90100, streets: ['Vytauto g.', 'Telšių g.', 'Dariaus ir Girėno g.'] },
  { name: 'Druskininkai', weight: 1, postcode: 66100, streets: ['Veisiejų g.', 'Čiurlionio g.', 'Vilniaus al.'] },
  { name: 'Rokiškis', weight: 1, postcode: 42100, streets: ['Respublikos g.', 'Panevėžio g.', 'Kauno g.'] },
  { name: 'Šilutė', weight: 1, postcode: 99100, streets: ['Lietuvininkų g.', 'Tilžės g.', 'Klaipėdos g.'] },
  { name: 'Elektrėnai', weight: 1, postcode: 26100, streets: ['Draugystės g.', 'Rungos g.', 'Pergalės g.'] },
  { name: 'Zarasai', weight: 1, postcode: 32100, streets: ['Šiaulių g.', 'Vytauto g.', 'Ežero g.'] },
  { name: 'Biržai', weight: 1, postcode: 41100, streets: ['Vytauto g.', 'Rotušės g.', 'Kęstučio g.'] },
];

export const PRISONS = [
  'Alytaus pataisos namai',
  'Marijampolės pataisos namai',
  'Pravieniškių pataisos namai-atviroji kolonija',
  'Vilniaus pataisos namai',
  'Panevėžio pataisos namai',
  'Kauno tardymo izoliatorius',
  'Šiaulių tardymo izoliatorius',
  'Kauno nepilnamečių pataisos namai',
] as const;

export const FAMILY_SITUATIONS = [
  'Gyvena vienas (-a) nuomojamame bute.',
  'Gyvena su mama, tėvas mirė.',
  'Išsiskyręs (-usi), du vaikai gyvena su kitu tėvu.',
  'Gyvena su sutuoktiniu ir nepilnamečiu vaiku.',
  'Gyvena pas seserį, santykiai įtempti.',
  'Neturi nuolatinės gyvenamosios vietos, kartais nakvoja nakvynės namuose.',
  'Gyvena su senyvo amžiaus tėvais, juos prižiūri.',
  'Augo globos namuose, artimų giminių nėra.',
  'Gyvena grupinio gyvenimo namuose.',
  'Turi draugę (-ą), gyvena kartu.',
] as const;

export const VULNERABILITY_NOTES = [
  '',
  '',
  'Psichikos sveikatos sutrikimas, vartoja vaistus.',
  'Priklausomybė nuo alkoholio, remisija nuo praėjusių metų.',
  'Judėjimo negalia, naudojasi vežimėliu.',
  'Skolos už komunalines paslaugas.',
  'Ribotas lietuvių kalbos mokėjimas.',
  'Lėtinė liga, reguliarūs gydytojo vizitai.',
  'Patyrė smurtą artimoje aplinkoje.',
  'Intelekto negalia, reikia pagalbos tvarkant dokumentus.',
] as const;

export const LANGUAGE_SETS = ['lietuvių', 'lietuvių', 'lietuvių', 'lietuvių, rusų', 'lietuvių, anglų', 'lietuvių, lenkų', 'rusų, lietuvių'] as const;
export const FOREIGN_LANGUAGE_SETS = ['ukrainiečių, rusų', 'rusų', 'baltarusių, rusų', 'lenkų, rusų', 'ukrainiečių, anglų'] as const;

export const REFERRER_ORGANISATIONS: Readonly<Record<string, readonly string[]>> = {
  disabilityAgency: ['Neįgalumo ir darbingumo nustatymo tarnyba', 'Savivaldybės neįgaliųjų reikalų koordinatorius'],
  groupHome: ['Grupinio gyvenimo namai „Šaltinis“', 'Apsaugoto būsto padalinys'],
  ngo: ['VšĮ „Psichikos sveikatos perspektyvos“', 'Lietuvos Caritas', 'Asociacija „Vilties žiedas“'],
  subdistrictSocialWorker: ['Seniūnijos socialinė darbuotoja', 'Seniūnijos socialinis darbuotojas'],
  mentalHealthCentre: ['Psichikos sveikatos centras', 'Krizių intervencijos skyrius'],
  prisonSocialWorker: ['Pataisos namų socialinė darbuotoja', 'Pataisos namų socialinis darbuotojas'],
  ngoAtRelease: ['Lietuvos kalinių globos draugija', 'Asociacija „Nauja pradžia“'],
  selfApplication: [],
  socialWorkerOnBehalf: ['Vaikų globos namų socialinė darbuotoja', 'Jaunimo darbuotojas'],
  selfReferral: [],
  pes: ['Užimtumo tarnyba'],
  healthCare: ['Šeimos gydytoja', 'Ligoninės socialinė darbuotoja'],
  other: ['Policijos nuovada', 'Probacijos tarnyba', 'Parapijos savanoriai'],
};

export const ENTRY_OTHER_TEXTS = ['Probacijos tarnybos pareigūnas', 'Kaimynų kreipimasis', 'Bendruomenės centras', 'Parapijos savanoriai'] as const;

export const ASPIRATIONS = [
  'Nori gyventi savarankiškai ir turėti nuolatinį darbą.',
  'Svajoja baigti mokslus ir įgyti profesiją.',
  'Nori atkurti ryšius su vaikais.',
  'Nori susitvarkyti sveikatą ir grįžti į darbo rinką.',
  'Siekia išsinuomoti būstą ir išmokti tvarkyti biudžetą.',
  'Nori dalyvauti bendruomenės veikloje ir turėti draugų.',
] as const;

export const ASSESSMENT_SUMMARIES = [
  'Didžiausi poreikiai – būstas ir užimtumas; rizika susijusi su priklausomybe.',
  'Asmuo motyvuotas, bet stokoja kasdienių įgūdžių; reikia tarpininkavimo.',
  'Sveikatos būklė stabili, svarbiausia – dokumentų sutvarkymas ir pajamos.',
  'Silpnas socialinis tinklas; rekomenduojama psichologinė pagalba.',
  'Grįžus iš įkalinimo įstaigos reikia būsto ir darbo; probacijos sąlygos vykdomos.',
  'Jaunas žmogus pasirengęs mokytis, reikia pagalbos ieškant būsto.',
] as const;

export const DOMAIN_NOTES: Readonly<Record<string, readonly string[]>> = {
  housing: ['Gyvena laikinai pas draugus.', 'Įsiskolinimas už nuomą.', 'Laukia socialinio būsto eilėje.'],
  health: ['Reikalinga psichiatro konsultacija.', 'Nereguliariai vartoja vaistus.', 'Priklausomybės gydymas.'],
  dailyLiving: ['Nemoka planuoti biudžeto.', 'Reikia pagalbos mokant sąskaitas.'],
  socialSkills: ['Sunkiai bendrauja su nepažįstamais.', 'Konfliktai su kaimynais.'],
  employment: ['Nedirba daugiau nei metus.', 'Registruotas (-a) Užimtumo tarnyboje.'],
  education: ['Nebaigtas vidurinis išsilavinimas.', 'Nori mokytis profesinėje mokykloje.'],
  family: ['Nutrūkę ryšiai su šeima.', 'Šeima palaiko.'],
  legal: ['Probacijos priežiūra.', 'Reikia teisinės konsultacijos dėl skolų.'],
  guardianship: ['Nustatytas rūpintojas.', 'Svarstomas pagalbos priimant sprendimus sutartis.'],
  accessibility: ['Būstas nepritaikytas.', 'Reikalinga specialioji transporto paslauga.'],
  psychological: ['Patiria nerimą.', 'Reikalinga psichologo konsultacija.'],
  mediation: ['Reikia tarpininkavimo su institucijomis.', 'Reikia pagalbos pildant prašymus.'],
};

/** Goals with the steps that lead to them. */
export const GOALS: readonly { goal: string; steps: readonly string[] }[] = [
  { goal: 'Susirasti nuolatinį būstą', steps: ['Pateikti prašymą socialiniam būstui', 'Peržiūrėti nuomos skelbimus kartu', 'Kreiptis dėl būsto nuomos kompensacijos'] },
  { goal: 'Įsidarbinti', steps: ['Užsiregistruoti Užimtumo tarnyboje', 'Parengti gyvenimo aprašymą (CV)', 'Dalyvauti darbo pokalbyje'] },
  { goal: 'Baigti profesinio mokymo kursus', steps: ['Pasirinkti mokymo programą', 'Pateikti prašymą mokymo įstaigai', 'Lankyti užsiėmimus'] },
  { goal: 'Atkurti ryšius su šeima', steps: ['Suorganizuoti susitikimą su seserimi', 'Dalyvauti šeimos konsultacijoje'] },
  { goal: 'Reguliariai lankytis psichikos sveikatos centre', steps: ['Užsiregistruoti pas psichiatrą', 'Lankytis kas mėnesį', 'Vesti vaistų vartojimo dienoraštį'] },
  { goal: 'Sutvarkyti asmens dokumentus', steps: ['Pasigaminti asmens tapatybės kortelę', 'Deklaruoti gyvenamąją vietą'] },
  { goal: 'Išmokti planuoti biudžetą', steps: ['Sudaryti mėnesio biudžetą kartu su vadybininku', 'Susitarti dėl skolos grąžinimo grafiko'] },
  { goal: 'Gauti neįgalumo lygio vertinimą', steps: ['Surinkti medicininius dokumentus', 'Pateikti prašymą tarnybai'] },
  { goal: 'Įsitraukti į bendruomenės veiklą', steps: ['Apsilankyti dienos centre', 'Įsitraukti į savanorystę'] },
  { goal: 'Gydyti priklausomybę', steps: ['Kreiptis į priklausomybės ligų centrą', 'Lankyti savitarpio pagalbos grupę'] },
];

export const STEP_WHO = ['Klientas', 'Atvejo vadybininkas', 'Klientas ir atvejo vadybininkas', 'Užimtumo tarnyba', 'Seniūnijos socialinė darbuotoja', 'Psichikos sveikatos centras'] as const;

export const PLAN_SERVICES = [
  'Socialinių įgūdžių ugdymas ir palaikymas; psichologinė pagalba; tarpininkavimas Užimtumo tarnyboje.',
  'Apgyvendinimas nakvynės namuose; maitinimo organizavimas; lydėjimas į institucijas.',
  'Palydėjimo paslauga; profesinis orientavimas; būsto paieška.',
  'Dienos socialinė globa; transporto organizavimas; šeimos konsultavimas.',
] as const;

export const CLIENT_COMMITMENTS = [
  'Laikytis susitarimų, atvykti į susitikimus, pranešti apie pasikeitimus.',
  'Aktyviai ieškoti darbo ir kas savaitę informuoti vadybininką.',
  'Lankyti gydytoją ir vartoti paskirtus vaistus.',
] as const;

export const CENTRE_COMMITMENTS = [
  'Susitikti bent kartą per dvi savaites, padėti bendraujant su institucijomis.',
  'Koordinuoti paslaugas ir laiku informuoti apie galimybes.',
  'Lydėti į svarbius susitikimus ir padėti pildyti dokumentus.',
] as const;

export const RIGHTS_TEXT =
  'Turite teisę gauti informaciją apie teikiamas paslaugas, dalyvauti priimant sprendimus, atsisakyti paslaugų, ' +
  'skųsti sprendimus ir reikalauti, kad jūsų asmens duomenys būtų saugomi ir tvarkomi tik jūsų sutikimu.';

export const NOTE_TEXTS: Readonly<Record<string, readonly string[]>> = {
  faceToFace: ['Susitikome centre, aptarėme plano eigą.', 'Pokalbis apie darbo paieškas, klientas motyvuotas.', 'Aptarėme būsto klausimus ir biudžetą.'],
  phone: ['Skambutis: primintas rytojaus susitikimas.', 'Klientas paskambino dėl pažymos.', 'Pokalbis telefonu, savijauta gera.'],
  remote: ['Vaizdo skambutis, aptarti mokymų klausimai.', 'Susirašinėjimas dėl dokumentų.'],
  homeVisit: ['Apsilankymas namuose: buitis tvarkinga.', 'Vizitas namuose, aptarti šildymo klausimai.'],
  accompanying: ['Lydėjau į Užimtumo tarnybą.', 'Lydėjau į Migracijos skyrių dėl dokumentų.', 'Lydėjau pas gydytoją.'],
  preReleaseVisit: ['Susitikimas pataisos namuose prieš paleidimą, aptartas gyvenamosios vietos klausimas.', 'Vizitas įkalinimo įstaigoje, susipažinome.'],
  other: ['Pasitarimas su seniūnijos socialine darbuotoja.', 'Atvejo konferencija su partneriais.'],
};

export const TASK_TEXTS = [
  'Paskambinti į Užimtumo tarnybą',
  'Paruošti pažymą apie pajamas',
  'Suderinti atvejo konferencijos datą',
  'Patikrinti socialinio būsto eilę',
  'Išsiųsti siuntimą psichologui',
  'Priminti apie gydytojo vizitą',
] as const;

export const REVIEW_NOTES = [
  'Dalis tikslų pasiekta, planas tęsiamas.',
  'Klientas aktyvus, pažanga akivaizdi.',
  'Pažanga lėta, sutarta keisti žingsnius.',
  'Sveikatos būklė pablogėjo, reikia persvarstyti planą.',
] as const;

export const CLOSURE_DETAILS = [
  'Tikslai pasiekti, klientas gyvena savarankiškai.',
  'Klientas dirba ir turi būstą.',
  'Atvejis perduotas kitai savivaldybei.',
  'Klientas išvyko gyventi į užsienį.',
  'Klientas atsisakė paslaugų.',
] as const;

export const SERVICE_EVALUATIONS = [
  'Paslaugos padėjo pasiekti svarbiausius tikslus.',
  'Klientas paslaugas vertina gerai, ypač lydėjimą.',
  'Paslaugos iš dalies atitiko poreikius.',
  'Bendradarbiavimas su Užimtumo tarnyba buvo naudingas.',
] as const;

export const TRANSFER_DETAILS = ['Perduota Kauno miesto socialinių paslaugų centrui, atvejo vadybininkei Ramunei Jonaitienei.', 'Perduota Klaipėdos šeimos ir vaiko gerovės centrui.'] as const;
export const REFUSAL_REASONS = ['Klientas nenori bendradarbiauti, nurodo, kad pagalbos nebereikia.', 'Klientas neatvyksta į susitikimus ir neatsiliepia.'] as const;
export const REASON_OTHER_TEXTS = ['Klientas pradėjo gauti ilgalaikę socialinę globą.', 'Klientui paskirtas kitas paslaugų teikėjas.'] as const;
export const RETURN_COMMENTS = ['Trūksta paslaugų įvertinimo, papildykite.', 'Pirmiau aptarkite sprendimą su klientu.'] as const;
export const WARNING_NOTES = ['Neatvyko į sutartą susitikimą be priežasties.', 'Nesilaiko susitarimų dėl mokymosi.'] as const;
export const ELIGIBILITY_REASONS = ['Atitinka paslaugos gavėjo kriterijus.', ''] as const;
