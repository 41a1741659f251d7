import type { TimelineTexts } from './en';

export const timelineNb: TimelineTexts = {
  'meta-notifies-2024':
    'Meta begynner å varsle brukere i EU om nye personvernregler som lar Meta trene KI-en sin på innleggene deres.',
  'complaints-2024':
    'Personvernorganisasjonen noyb klager til personvernmyndighetene i 11 land; Forbrukerrådet klager også.',
  'hamburg-2024': 'Personvernmyndigheten i Hamburg råder folk til å protestere før 26. juni 2024.',
  'meta-pauses-2024':
    'Meta setter planen på pause etter at det irske datatilsynet (Data Protection Commission) ber om det. Tilsynet ønsker beslutningen velkommen.',
  'deadline-2024':
    'Siste dag å protestere på, etter den strengeste lesningen. Personvernmyndigheten i Hamburg ba folk protestere før 26. juni 2024; klicksafe skrev innen 26. juni 2024, altså én dag senere. Nedtellingen sluttet da 26. juni begynte, slik at alle som fulgte den, var tidsnok etter begge lesningene.',
  'policy-date-2024':
    'Dagen Metas nye personvernregler skulle gjelde fra. Meta hadde satt planene sine på pause 14. juni, før noen trening hadde startet; klicksafe påpekte at det fortsatt var mulig å protestere etter pausen.',
  'meta-announces-2025':
    'Meta kunngjør at selskapet vil trene KI-en sin på offentlig innhold fra voksne brukere i EU og EØS fra 27. mai 2025.',
  'hamburg-2025':
    'Personvernmyndigheten i Hamburg sier at alle som vil protestere, bør gjøre det før utgangen av mai 2025.',
  'vz-nrw-letter-2025':
    'Forbrukerorganisasjonen Verbraucherzentrale NRW sender Meta et formelt krav om å stanse (cease-and-desist).',
  'noyb-letter-2025': 'noyb sender Meta et formelt krav om å stanse og ber om svar innen 21. mai.',
  'dpc-statement-2025':
    'Det irske datatilsynet (Data Protection Commission) sier at Meta har gjort endringer, blant annet tydeligere varsler, et enklere protestskjema og lengre varslingstid.',
  'hamburg-urgency-2025':
    'Personvernmyndigheten i Hamburg innleder en hasteprosedyre etter artikkel 66 i personvernforordningen (GDPR).',
  'court-cologne-2025':
    'Lagmannsretten i Köln (Oberlandesgericht Köln) avviser kravet fra Verbraucherzentrale NRW om å stanse treningen. Avgjørelsen kan ikke ankes.',
  'deadline-2025': 'Siste dag for å protestere før treningen starter.',
  'training-starts-2025':
    'Meta begynner å trene KI-en sin på offentlig innhold fra brukere i EU og EØS. Personvernmyndigheten i Hamburg bestemmer seg for ikke å pålegge midlertidige tiltak.',
};
