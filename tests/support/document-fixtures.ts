// Fixture data for the printed forms (issue 5): the unit tests and the bench build the same documents.
import type { ActionPlanData } from '../../electron/core/documents/action-plan';
import { CERTIFICATION_ITEMS, type CertificationFormData } from '../../electron/core/documents/certification-form';
import type { ClosureFormData } from '../../electron/core/documents/closure-form';
import type { DocumentFrame } from '../../electron/core/documents/layout';
import type { ReferralFormData, ReferralFormFields } from '../../electron/core/documents/referral-form';

/** Every Lithuanian letter, small and capital, as a value that must survive into the PDF. */
export const LT_LETTERS = 'ą č ę ė į š ų ū ž Ą Č Ę Ė Į Š Ų Ū Ž';

export const FRAME: DocumentFrame = {
  centreName: 'Šiaulių miesto socialinių paslaugų centras',
  municipality: 'Šiaulių miesto savivaldybė',
  caseNumber: 'KSPC-2026-00012',
  generatedOn: '2026-11-23',
};

export const CLIENT_NAME = 'Žydrūnė Ąžuolaitė-Čepienė';

export function closureFixture(o: Partial<ClosureFormData> = {}): ClosureFormData {
  return {
    frame: FRAME,
    caseNumber: 'KSPC-2026-00012',
    referralNumbers: ['KSPC-2026-00012-S31', 'KSPC-2026-00012-S40'],
    clientName: CLIENT_NAME,
    reason: 'transferred',
    reasonOther: '',
    details: `Klientė persikėlė gyventi į Kauną; atvejis perduodamas. Raidės: ${LT_LETTERS}.`,
    transferDetails: 'Kauno miesto socialinių paslaugų centrui, atvejo vadybininkei Eglei Šlapelienei, 2026-11-20.',
    refusalReasons: '',
    communication: { clientInvolved: true, clientAgrees: false, contactLeft: true },
    communicationComments: 'Klientė nori, kad atvejis būtų tęsiamas naujoje vietoje.',
    completedBy: { name: 'Asta Jonaitienė', date: '2026-11-18' },
    authorisedBy: { name: 'Daiva Vadovė', date: '2026-11-19' },
    serviceEvaluation: { date: '2026-11-18', performedBy: 'Asta Jonaitienė', text: 'Dienos centro paslaugos padėjo grįžti į darbo rinką.\nBūsto paieška užtruko ilgiau nei planuota.' },
    ...o,
  };
}

export function planFixture(o: Partial<ActionPlanData> & { goalCount?: number; stepsPerGoal?: number } = {}): ActionPlanData {
  const { goalCount = 2, stepsPerGoal = 2, ...rest } = o;
  const goals = Array.from({ length: goalCount }, (_, g) => ({
    text: g === 0 ? 'Stabilus būstas iki pavasario' : `Tikslas ${g + 1}: įgūdžių stiprinimas ir užimtumas`,
    steps: Array.from({ length: stepsPerGoal }, (_, s) => ({
      text:
        stepsPerGoal > 3
          ? `Žingsnis ${g + 1}.${s + 1} pradžia — susitikti su užimtumo tarnybos konsultantu, aptarti galimybes, parengti gyvenimo aprašymą, užsiregistruoti kursams ir apie rezultatus pranešti atvejo vadybininkei; pabaiga ${g + 1}.${s + 1}`
          : s === 0
            ? 'Pateikti prašymą socialiniam būstui'
            : 'Aplankyti tris nuomojamus butus kartu su atvejo vadybininke',
      who: s % 2 === 0 ? 'Klientė' : 'Atvejo vadybininkė',
      dueDate: `2027-0${(s % 9) + 1}-15`,
    })),
  }));
  return {
    frame: FRAME,
    caseNumber: 'KSPC-2026-00012',
    kind: 'iap',
    version: 3,
    client: { name: CLIENT_NAME, personalCode: '48501011234', birthDate: '1985-01-01' },
    targetGroup: 'PWD',
    caseManagerName: 'Asta Jonaitienė',
    assessmentSummary: `Psichosocialinė negalia; rizikos vertinimas: vidutinė būsto rizika. Raidės: ${LT_LETTERS}.`,
    goals,
    services: 'Dienos centras „Šviesa“; psichologo konsultacijos; užimtumo tarnyba.',
    clientCommitments: 'Dalyvauti susitikimuose, pranešti apie pasikeitimus.',
    centreCommitments: 'Koordinuoti paslaugas, lydėti į susitikimus, peržiūrėti planą kas 6 mėnesius.',
    rightsText: 'Jūs turite teisę gauti informaciją, susipažinti su savo duomenimis, atsisakyti paslaugų ir skųsti sprendimus.',
    signedByClientOn: '2026-03-02',
    signedByManagerOn: '2026-03-02',
    ...rest,
  };
}

export function referralFixture(o: Partial<ReferralFormData> = {}, form: Partial<ReferralFormFields> = {}): ReferralFormData {
  return {
    frame: FRAME,
    caseNumber: 'KSPC-2026-00012',
    referralNumber: 'KSPC-2026-00012-S31',
    followUpOn: '2026-06-24',
    basis: 'consent',
    serviceName: 'Dienos centras',
    form: {
      referralDate: '2026-06-10',
      centreName: FRAME.centreName,
      centreContacts: 'Asta Jonaitienė, +370 600 12345, asta@spc.lt',
      clientName: CLIENT_NAME,
      clientAddress: 'Ąžuolų g. 5-12, Šiauliai',
      clientContacts: '+370 611 22334',
      clientPersonalInfo: '41 m., moteris, išsituokusi',
      caregiver: 'Globėja Elžbieta Čiurlienė, +370 622 99887',
      languageSkills: 'Lietuvių, rusų',
      vulnerabilityStatus: 'Psichosocialinė negalia',
      familySituation: `Gyvena viena, dukra studijuoja. Raidės: ${LT_LETTERS}`,
      reasons: 'Reikia dienos užimtumo ir socialinių įgūdžių ugdymo.',
      providerName: 'VšĮ „Šviesos namai“',
      providerAddress: 'Vilniaus g. 100, Šiauliai',
      providerContacts: '+370 41 555 111, info@sviesa.lt',
      providerContactPerson: 'Rūta Žilinskienė',
      providerOther: 'Dirba darbo dienomis 8–17 val.',
      measures: 'Dalyvavimas dienos centro užsiėmimuose 3 kartus per savaitę.',
      monitoringProtocol: 'Teikėjas praneša apie lankomumą kas mėnesį.',
      currentSupport: 'Psichikos sveikatos centro konsultacijos.',
      consentStatement: 'Klientė 2026-06-01 sutiko perduoti kontaktus ir vertinimo santrauką.',
      caseManagerName: 'Asta Jonaitienė',
      caseManagerContacts: '+370 600 12345, asta@spc.lt',
      notes: 'Klientė pageidauja užsiėmimų po pietų.',
      ...form,
    },
    ...o,
  };
}

export function certificationFixture(o: Partial<CertificationFormData> = {}): CertificationFormData {
  return {
    frame: { ...FRAME, caseNumber: null },
    caseManagerName: 'Asta Jonaitienė',
    date: '2026-11-23',
    evaluatorName: 'Daiva Vadovė',
    consentDetails: 'Informuota apie procesą 2026-11-01, sutikimas gautas.',
    introduction: {
      jobTitle: 'Atvejo vadybininkė',
      lengthOfEmployment: '4 metai',
      areaOfEmployment: 'Asmenys su negalia',
      employerDetails: FRAME.centreName,
      supervisor: 'Daiva Vadovė',
      coreFunctions: 'Vertinimas, planavimas, siuntimai, peržiūros',
      weeklyHours: '40',
      formalTraining: 'Socialinio darbo bakalauras',
      caseManagementTrainingHours: '120',
    },
    scores: Object.fromEntries(CERTIFICATION_ITEMS.map((k, i) => [k, { score: (i % 3) + 3, note: i === 0 ? `Raidės: ${LT_LETTERS}` : undefined }])),
    maxScore: 5,
    benchmark: 70,
    part4: { generalComments: 'Patikima darbuotoja.', strengths: 'Empatija, tvarkingi dokumentai.', risks: 'Didelis atvejų skaičius.', recommendations: 'Supervizija kas mėnesį.' },
    conclusion: 'Rekomenduojama sertifikuoti.',
    ...o,
  };
}
