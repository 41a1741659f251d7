import type { TimelineTexts } from './en';

export const timelineSv: TimelineTexts = {
  'meta-notifies-2024':
    'Meta börjar informera användare i EU om en ny integritetspolicy som låter Meta träna sin AI på deras inlägg.',
  'complaints-2024':
    'Integritetsorganisationen noyb lämnar in klagomål till dataskyddsmyndigheter i 11 länder; även det norska konsumentrådet klagar.',
  'hamburg-2024': 'Dataskyddsmyndigheten i Hamburg råder folk att invända före den 26 juni 2024.',
  'meta-pauses-2024':
    'Meta pausar sin plan efter att den irländska dataskyddsmyndigheten (Data Protection Commission) har bett om det. Myndigheten välkomnar beslutet.',
  'deadline-2024':
    'Den sista dagen att invända enligt den striktare läsningen. Dataskyddsmyndigheten i Hamburg bad folk att invända före den 26 juni 2024; klicksafe skrev senast den 26 juni 2024, alltså en dag senare. Nedräkningen slutade när den 26 juni började, så att alla som följde den var i tid enligt båda läsningarna.',
  'policy-date-2024':
    'Dagen då Metas nya integritetspolicy skulle börja gälla. Meta hade pausat sina planer den 14 juni, innan någon träning hade börjat; klicksafe påpekade att det fortfarande gick att invända efter pausen.',
  'meta-announces-2025':
    'Meta tillkännager att företaget från den 27 maj 2025 kommer att träna sin AI på offentligt innehåll från vuxna användare i EU och EES.',
  'hamburg-2025':
    'Dataskyddsmyndigheten i Hamburg säger att den som vill invända bör göra det före slutet av maj 2025.',
  'vz-nrw-letter-2025':
    'Konsumentorganisationen Verbraucherzentrale NRW skickar ett varningsbrev till Meta med krav på att upphöra.',
  'noyb-letter-2025':
    'noyb skickar ett varningsbrev till Meta med krav på att upphöra och begär svar senast den 21 maj.',
  'dpc-statement-2025':
    'Den irländska dataskyddsmyndigheten (Data Protection Commission) säger att Meta har gjort ändringar, bland annat tydligare meddelanden, ett enklare formulär för invändningar och en längre varselperiod.',
  'hamburg-urgency-2025':
    'Dataskyddsmyndigheten i Hamburg inleder ett skyndsamt förfarande enligt artikel 66 i dataskyddsförordningen (GDPR).',
  'court-cologne-2025':
    'Hovrätten i Köln (Oberlandesgericht Köln) avslår Verbraucherzentrale NRW:s begäran om att stoppa träningen. Beslutet kan inte överklagas.',
  'deadline-2025': 'Den sista dagen att invända innan träningen börjar.',
  'training-starts-2025':
    'Meta börjar träna sin AI på offentligt innehåll från användare i EU och EES. Hamburg beslutar att inte vidta provisoriska åtgärder.',
};
