import type { TimelineTexts } from './en';

export const timelineNl: TimelineTexts = {
  'meta-notifies-2024':
    'Meta begint gebruikers in de EU te informeren over een nieuw privacybeleid waarmee Meta zijn AI kan trainen met hun berichten.',
  'complaints-2024':
    'De privacyorganisatie noyb dient klachten in bij privacytoezichthouders in 11 landen; ook de Noorse Consumentenraad dient een klacht in.',
  'hamburg-2024': 'De privacytoezichthouder van Hamburg raadt mensen aan vóór 26 juni 2024 bezwaar te maken.',
  'meta-pauses-2024':
    'Meta schort zijn plan op nadat de Ierse privacytoezichthouder (Data Protection Commission) daarom heeft gevraagd. De toezichthouder verwelkomt het besluit.',
  'deadline-2024':
    'De laatste dag om bezwaar te maken volgens de strengste lezing. De privacytoezichthouder van Hamburg vroeg mensen om vóór 26 juni 2024 bezwaar te maken; klicksafe schreef uiterlijk 26 juni 2024, dus een dag later. De aftelklok eindigde bij het begin van 26 juni, zodat iedereen die hem volgde volgens beide lezingen op tijd was.',
  'policy-date-2024':
    'De dag waarop het nieuwe privacybeleid van Meta zou ingaan. Meta had zijn plannen op 14 juni opgeschort, voordat er enige training was begonnen; klicksafe wees erop dat bezwaar maken ook na de opschorting mogelijk bleef.',
  'meta-announces-2025':
    'Meta kondigt aan dat het vanaf 27 mei 2025 zijn AI zal trainen met openbare inhoud van volwassen gebruikers in de EU en de EER.',
  'hamburg-2025':
    'De privacytoezichthouder van Hamburg zegt dat wie bezwaar wil maken, dat vóór eind mei 2025 moet doen.',
  'vz-nrw-letter-2025': 'De consumentenorganisatie Verbraucherzentrale NRW stuurt Meta een sommatiebrief.',
  'noyb-letter-2025': 'noyb stuurt Meta een sommatiebrief en wil uiterlijk 21 mei een antwoord.',
  'dpc-statement-2025':
    'De Ierse privacytoezichthouder (Data Protection Commission) zegt dat Meta wijzigingen heeft doorgevoerd, waaronder duidelijkere mededelingen, een eenvoudiger bezwaarformulier en een langere aankondigingstermijn.',
  'hamburg-urgency-2025':
    'De privacytoezichthouder van Hamburg start een spoedprocedure op grond van artikel 66 van de AVG.',
  'court-cologne-2025':
    'Het gerechtshof in Keulen (Oberlandesgericht Köln) wijst het verzoek af waarmee Verbraucherzentrale NRW de training wilde laten stoppen. Tegen deze beslissing is geen beroep mogelijk.',
  'deadline-2025': 'De laatste dag om bezwaar te maken voordat de training begint.',
  'training-starts-2025':
    'Meta begint zijn AI te trainen met openbare inhoud van gebruikers in de EU en de EER. Hamburg besluit geen voorlopige maatregelen op te leggen.',
};
