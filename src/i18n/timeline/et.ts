import type { TimelineTexts } from './en';

export const timelineEt: TimelineTexts = {
  'meta-notifies-2024':
    'Meta hakkab ELi kasutajaid teavitama uuest privaatsuspoliitikast, mis lubab tal treenida oma tehisintellekti nende postitustega.',
  'complaints-2024':
    'Privaatsusorganisatsioon noyb esitab kaebused 11 riigi andmekaitseasutustele; kaebuse esitab ka Norra tarbijanõukogu.',
  'hamburg-2024': 'Hamburgi andmekaitseasutus soovitab esitada vastuväite enne 26. juunit 2024.',
  'meta-pauses-2024':
    'Meta peatab oma plaani pärast seda, kui Iirimaa andmekaitsekomisjon seda palub. Komisjon tervitab otsust.',
  'deadline-2024':
    'Viimane päev vastuväite esitamiseks rangema tõlgenduse järgi. Hamburgi andmekaitseasutus palus esitada vastuväite enne 26. juunit 2024; klicksafe kirjutas hiljemalt 26. juuniks 2024, ehk päev hiljem. Pöördloendus lõppes 26. juuni alguses, et igaüks, kes seda järgis, jõudis õigel ajal mõlema tõlgenduse järgi.',
  'policy-date-2024':
    'Päev, mil Meta uus privaatsuspoliitika pidi kehtima hakkama. Meta oli oma plaanid 14. juunil peatanud, enne kui mingi treenimine oli alanud; klicksafe märkis, et vastuväite sai esitada ka pärast peatamist.',
  'meta-announces-2025':
    'Meta teatab, et hakkab alates 27. maist 2025 treenima oma tehisintellekti ELi ja EMP täiskasvanud kasutajate avaliku sisuga.',
  'hamburg-2025':
    'Hamburgi andmekaitseasutus ütleb, et kõik, kes soovivad vastuväite esitada, peaksid seda tegema enne 2025. aasta mai lõppu.',
  'vz-nrw-letter-2025':
    'Tarbijaorganisatsioon Verbraucherzentrale NRW saadab Metale hoiatuskirja nõudega tegevus lõpetada.',
  'noyb-letter-2025': 'noyb saadab Metale hoiatuskirja nõudega tegevus lõpetada ja palub vastust 21. maiks.',
  'dpc-statement-2025':
    'Iirimaa andmekaitsekomisjon teatab, et Meta on teinud muudatusi: muu hulgas on teavitused selgemad, vastuväite vorm lihtsam ja etteteatamisaeg pikem.',
  'hamburg-urgency-2025':
    'Hamburgi andmekaitseasutus algatab kiirmenetluse isikuandmete kaitse üldmääruse (IKÜM) artikli 66 alusel.',
  'court-cologne-2025':
    'Kölni liidumaa ülemkohus lükkab tagasi Verbraucherzentrale NRW taotluse treenimine peatada. Otsust ei saa edasi kaevata.',
  'deadline-2025': 'Viimane päev vastuväite esitamiseks enne treenimise algust.',
  'training-starts-2025':
    'Meta hakkab treenima oma tehisintellekti ELi ja EMP kasutajate avaliku sisuga. Hamburgi andmekaitseasutus otsustab ajutisi meetmeid mitte kehtestada.',
};
