import type { TimelineTexts } from './en';

export const timelineSl: TimelineTexts = {
  'meta-notifies-2024':
    'Meta začne uporabnike v EU obveščati o novem pravilniku o zasebnosti, ki ji omogoča, da na njihovih objavah uči svojo umetno inteligenco.',
  'complaints-2024':
    'Organizacija za varstvo zasebnosti noyb vloži pritožbe pri organih za varstvo podatkov v 11 državah. Pritožbo vloži tudi norveški potrošniški svet.',
  'hamburg-2024': 'Hamburški organ za varstvo podatkov svetuje, naj ljudje ugovarjajo pred 26. junijem 2024.',
  'meta-pauses-2024':
    'Meta na prošnjo irske Komisije za varstvo podatkov začasno ustavi svoj načrt. Komisija odločitev pozdravi.',
  'deadline-2024':
    'Zadnji dan za ugovor po strožjem branju. Hamburški organ je ljudi pozval, naj ugovarjajo pred 26. junijem 2024; pobuda klicksafe je zapisala do 26. junija 2024, torej dan pozneje. Odštevanje se je končalo z začetkom 26. junija, da bi bil vsak, ki mu je sledil, pravočasen po obeh branjih.',
  'policy-date-2024':
    'Dan, ko naj bi začel veljati novi pravilnik o zasebnosti družbe Meta. Meta je svoje načrte začasno ustavila 14. junija, preden se je začelo kakršno koli učenje; pobuda klicksafe je opozorila, da je bilo ugovarjati mogoče tudi po ustavitvi.',
  'meta-announces-2025':
    'Meta napove, da bo od 27. maja 2025 svojo umetno inteligenco učila na javnih vsebinah odraslih uporabnikov v EU in EGP.',
  'hamburg-2025':
    'Hamburški organ za varstvo podatkov sporoči, naj tisti, ki želijo ugovarjati, to storijo pred koncem maja 2025.',
  'vz-nrw-letter-2025':
    'Potrošniška organizacija Verbraucherzentrale NRW pošlje družbi Meta poziv k opustitvi ravnanja.',
  'noyb-letter-2025': 'noyb pošlje družbi Meta poziv k opustitvi ravnanja in zahteva odgovor do 21. maja.',
  'dpc-statement-2025':
    'Irska Komisija za varstvo podatkov sporoči, da je Meta uvedla spremembe, med drugim jasnejša obvestila, preprostejši obrazec za ugovor in daljše obdobje med obvestilom in začetkom obdelave.',
  'hamburg-urgency-2025':
    'Hamburški organ za varstvo podatkov začne nujni postopek po členu 66 Splošne uredbe o varstvu podatkov (GDPR).',
  'court-cologne-2025':
    'Višje deželno sodišče v Kölnu zavrne predlog organizacije Verbraucherzentrale NRW, naj se učenje ustavi. Zoper odločitev pritožba ni mogoča.',
  'deadline-2025': 'Zadnji dan za ugovor pred začetkom učenja.',
  'training-starts-2025':
    'Meta začne na javnih vsebinah uporabnikov v EU in EGP učiti svojo umetno inteligenco. Hamburški organ se odloči, da ne bo odredil začasnih ukrepov.',
};
