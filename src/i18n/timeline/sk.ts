import type { TimelineTexts } from './en';

export const timelineSk: TimelineTexts = {
  'meta-notifies-2024':
    'Meta začína informovať používateľov v EÚ o nových pravidlách ochrany súkromia, ktoré jej umožňujú trénovať AI na ich príspevkoch.',
  'complaints-2024':
    'Organizácia noyb, ktorá sa zaoberá ochranou súkromia, podáva sťažnosti úradom na ochranu osobných údajov v 11 krajinách. Sťažnosť podáva aj nórska Spotrebiteľská rada.',
  'hamburg-2024': 'Hamburský úrad na ochranu osobných údajov odporúča podať námietku pred 26. júnom 2024.',
  'meta-pauses-2024':
    'Meta pozastavuje svoj plán na žiadosť írskej Komisie pre ochranu údajov. Komisia rozhodnutie víta.',
  'deadline-2024':
    'Posledný deň na námietku podľa prísnejšieho výkladu. Hamburský úrad na ochranu osobných údajov odporučil podať námietku pred 26. júnom 2024; iniciatíva klicksafe napísala do 26. júna 2024, teda o deň neskôr. Odpočítavanie skončilo so začiatkom 26. júna, aby každý, kto sa ním riadil, stihol termín podľa oboch výkladov.',
  'policy-date-2024':
    'Deň, od ktorého mali platiť nové pravidlá ochrany súkromia spoločnosti Meta. Meta pozastavila svoje plány 14. júna, ešte predtým, ako sa začalo akékoľvek trénovanie; iniciatíva klicksafe upozornila, že podať námietku bolo možné aj po pozastavení.',
  'meta-announces-2025':
    'Meta oznamuje, že od 27. mája 2025 bude trénovať svoju AI na verejnom obsahu dospelých používateľov v EÚ a EHP.',
  'hamburg-2025':
    'Hamburský úrad na ochranu osobných údajov uvádza, že kto chce podať námietku, mal by tak urobiť pred koncom mája 2025.',
  'vz-nrw-letter-2025':
    'Spotrebiteľská organizácia Verbraucherzentrale NRW posiela spoločnosti Meta výzvu na upustenie od konania.',
  'noyb-letter-2025': 'noyb posiela spoločnosti Meta výzvu na upustenie od konania a žiada odpoveď do 21. mája.',
  'dpc-statement-2025':
    'Írska Komisia pre ochranu údajov uvádza, že Meta urobila zmeny, okrem iného zrozumiteľnejšie oznámenia, jednoduchší formulár na podanie námietky a dlhšiu lehotu medzi oznámením a začiatkom spracúvania.',
  'hamburg-urgency-2025': 'Hamburský úrad na ochranu osobných údajov začína naliehavé konanie podľa článku 66 GDPR.',
  'court-cologne-2025':
    'Vyšší krajinský súd v Kolíne nad Rýnom zamieta návrh Verbraucherzentrale NRW na zastavenie trénovania. Proti rozhodnutiu sa nedá odvolať.',
  'deadline-2025': 'Posledný deň na podanie námietky pred začiatkom trénovania.',
  'training-starts-2025':
    'Meta začína trénovať svoju AI na verejnom obsahu používateľov v EÚ a EHP. Hamburský úrad rozhoduje, že nenariadi predbežné opatrenia.',
};
