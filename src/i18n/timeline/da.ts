import type { TimelineTexts } from './en';

export const timelineDa: TimelineTexts = {
  'meta-notifies-2024':
    'Meta begynder at informere brugere i EU om en ny privatlivspolitik, der giver Meta mulighed for at træne sin AI på deres opslag.',
  'complaints-2024':
    'Databeskyttelsesorganisationen noyb klager til databeskyttelsesmyndighederne i 11 lande; det norske forbrugerråd klager også.',
  'hamburg-2024': 'Databeskyttelsesmyndigheden i Hamborg råder folk til at gøre indsigelse inden den 26. juni 2024.',
  'meta-pauses-2024':
    'Meta sætter sin plan på pause, efter at den irske databeskyttelsesmyndighed (Data Protection Commission) har bedt om det. Myndigheden hilser beslutningen velkommen.',
  'deadline-2024':
    'Sidste dag at gøre indsigelse efter den strengeste læsning. Databeskyttelsesmyndigheden i Hamborg bad folk om at gøre indsigelse inden den 26. juni 2024; klicksafe skrev senest den 26. juni 2024, altså én dag senere. Nedtællingen sluttede, da den 26. juni begyndte, så alle, der fulgte den, nåede det efter begge læsninger.',
  'policy-date-2024':
    'Den dag, hvor Metas nye privatlivspolitik skulle træde i kraft. Meta havde sat sine planer på pause den 14. juni, før nogen træning var begyndt; klicksafe påpegede, at det stadig var muligt at gøre indsigelse efter pausen.',
  'meta-announces-2025':
    'Meta meddeler, at selskabet fra den 27. maj 2025 vil træne sin AI på offentligt indhold fra voksne brugere i EU og EØS.',
  'hamburg-2025':
    'Databeskyttelsesmyndigheden i Hamborg siger, at alle, der vil gøre indsigelse, bør gøre det inden udgangen af maj 2025.',
  'vz-nrw-letter-2025': 'Forbrugerorganisationen Verbraucherzentrale NRW sender Meta et skriftligt krav om at stoppe.',
  'noyb-letter-2025': 'noyb sender Meta et skriftligt krav om at stoppe og beder om svar senest den 21. maj.',
  'dpc-statement-2025':
    'Den irske databeskyttelsesmyndighed (Data Protection Commission) siger, at Meta har foretaget ændringer, blandt andet tydeligere meddelelser, en enklere indsigelsesformular og en længere varslingsperiode.',
  'hamburg-urgency-2025':
    'Databeskyttelsesmyndigheden i Hamborg indleder en hasteprocedure efter artikel 66 i databeskyttelsesforordningen (GDPR).',
  'court-cologne-2025':
    'Landsretten i Köln (Oberlandesgericht Köln) afviser Verbraucherzentrale NRW’s anmodning om at stoppe træningen. Afgørelsen kan ikke ankes.',
  'deadline-2025': 'Sidste dag for at gøre indsigelse, før træningen begynder.',
  'training-starts-2025':
    'Meta begynder at træne sin AI på offentligt indhold fra brugere i EU og EØS. Hamborg vælger ikke at pålægge Meta foreløbige foranstaltninger.',
};
