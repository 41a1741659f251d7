import type { TimelineTexts } from './en';

export const timelineRo: TimelineTexts = {
  'meta-notifies-2024':
    'Meta începe să informeze utilizatorii din UE despre o nouă politică de confidențialitate care îi permite să își antreneze inteligența artificială cu postările acestora.',
  'complaints-2024':
    'Organizația pentru protecția vieții private noyb depune plângeri la autoritățile de protecție a datelor din 11 țări; depune plângere și Consiliul Norvegian al Consumatorilor (Forbrukerrådet).',
  'hamburg-2024':
    'Autoritatea de protecție a datelor din Hamburg le recomandă oamenilor să se opună înainte de 26 iunie 2024.',
  'meta-pauses-2024':
    'Meta își suspendă planul după ce Comisia pentru Protecția Datelor din Irlanda (Data Protection Commission) i-a cerut acest lucru. Comisia salută decizia.',
  'deadline-2024':
    'Ultima zi pentru opoziție, potrivit lecturii mai stricte. Autoritatea din Hamburg le-a cerut oamenilor să se opună înainte de 26 iunie 2024; klicksafe a scris până la 26 iunie 2024, adică o zi mai târziu. Numărătoarea inversă s-a încheiat la începutul zilei de 26 iunie, ca oricine o urma să fie la timp după ambele lecturi.',
  'policy-date-2024':
    'Ziua în care urma să se aplice noua politică de confidențialitate a Meta. Meta își suspendase planurile pe 14 iunie, înainte să înceapă vreo antrenare; klicksafe a arătat că opoziția a rămas posibilă și după suspendare.',
  'meta-announces-2025':
    'Meta anunță că, începând cu 27 mai 2025, își va antrena inteligența artificială cu conținutul public al utilizatorilor adulți din UE și SEE.',
  'hamburg-2025':
    'Autoritatea de protecție a datelor din Hamburg spune că oricine dorește să se opună ar trebui să o facă înainte de sfârșitul lunii mai 2025.',
  'vz-nrw-letter-2025':
    'Organizația pentru protecția consumatorilor Verbraucherzentrale NRW trimite companiei Meta o somație de încetare.',
  'noyb-letter-2025': 'noyb trimite companiei Meta o somație de încetare și cere un răspuns până la 21 mai.',
  'dpc-statement-2025':
    'Comisia pentru Protecția Datelor din Irlanda (Data Protection Commission) spune că Meta a făcut modificări, printre care notificări mai clare, un formular de opoziție mai simplu și o perioadă de notificare mai lungă.',
  'hamburg-urgency-2025':
    'Autoritatea de protecție a datelor din Hamburg deschide o procedură de urgență în temeiul articolului 66 din RGPD.',
  'court-cologne-2025':
    'Curtea Regională Superioară din Köln (Oberlandesgericht Köln) respinge cererea Verbraucherzentrale NRW de a opri antrenarea. Decizia nu poate fi atacată.',
  'deadline-2025': 'Ultima zi pentru opoziție înainte de începerea antrenării.',
  'training-starts-2025':
    'Meta începe să își antreneze inteligența artificială cu conținutul public al utilizatorilor din UE și SEE. Autoritatea din Hamburg decide să nu dispună măsuri provizorii.',
};
