// R5: the rights of the service user, printed on every Individual Action Plan (for YLC the
// Independent Living Plan). This is the built-in standard text; an administrator may replace it per
// language (centre_texts, key 'clientRights'), and each new plan version takes the text in force.

export type RightsLanguage = 'lt' | 'en';

export const STANDARD_CLIENT_RIGHTS: Readonly<Record<RightsLanguage, string>> = {
  lt: [
    'Paslaugų gavėjo teisės',
    '1. Jūs turite teisę dalyvauti rengiant šį planą, jį aptarti ir su juo sutikti arba nesutikti; planas keičiamas tik su Jumis aptarus.',
    '2. Jūs turite teisę gauti aiškią informaciją apie siūlomas paslaugas, jų teikėjus, sąlygas ir galimas alternatyvas.',
    '3. Jūs turite teisę atsisakyti paslaugų ar atvejo vadybos bet kuriuo metu; atsisakymas neužkerta kelio vėl kreiptis pagalbos.',
    '4. Jūsų asmens duomenys tvarkomi teisėtai ir konfidencialiai; paslaugų teikėjams jie perduodami tik gavus Jūsų sutikimą, išskyrus įstatymų nustatytus atvejus.',
    '5. Jūs turite teisę susipažinti su savo byla ir plano versijomis bei prašyti ištaisyti netikslius duomenis.',
    '6. Jūs turite teisę į pagarbų, nediskriminuojantį elgesį ir į informaciją Jums suprantama kalba bei forma.',
    '7. Jūs turite teisę pateikti skundą ar pasiūlymą centro vadovui, o nesutikdami su sprendimu – skųsti jį įstatymų nustatyta tvarka.',
    '8. Jūs turite teisę į atvejo peržiūrą ne rečiau kaip kas šešis mėnesius ir į pagalbą sugrįžus, jei atvejo vadyba buvo baigta.',
  ].join('\n'),
  en: [
    'Rights of the service user',
    '1. You have the right to take part in preparing this plan, to discuss it and to agree or disagree with it; the plan is changed only after discussing it with you.',
    '2. You have the right to clear information about the services offered, their providers, conditions and possible alternatives.',
    '3. You have the right to refuse services or case management at any time; refusing does not stop you from asking for help again.',
    '4. Your personal data are processed lawfully and confidentially; they are shared with service providers only with your consent, except where the law requires it.',
    '5. You have the right to see your file and the versions of your plan, and to ask for inaccurate data to be corrected.',
    '6. You have the right to respectful, non-discriminatory treatment and to information in a language and form you understand.',
    '7. You have the right to make a complaint or suggestion to the head of the centre and, if you disagree with a decision, to appeal against it as the law provides.',
    '8. You have the right to a review of your case at least every six months, and to support again if your case management has ended.',
  ].join('\n'),
};

/** The text a new plan version takes: the centre's own when it has one for the language, else the standard. */
export function clientRightsText(language: RightsLanguage, centreText: string | null | undefined): string {
  const custom = centreText?.trim();
  return custom ? custom : STANDARD_CLIENT_RIGHTS[language];
}
