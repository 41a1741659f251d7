import type { TimelineTexts } from './en';

export const timelineMt: TimelineTexts = {
  'meta-notifies-2024':
    'Meta tibda tinforma lill-utenti fl-UE dwar politika ġdida tal-privatezza li tippermettilha tħarreġ l-IA tagħha fuq il-posts tagħhom.',
  'complaints-2024':
    'Il-grupp tal-privatezza noyb jippreżenta lmenti quddiem l-awtoritajiet tal-protezzjoni tad-data f’11-il pajjiż. Il-Kunsill tal-Konsumaturi Norveġiż (Forbrukerrådet) jilmenta wkoll.',
  'hamburg-2024':
    'L-awtorità tal-protezzjoni tad-data ta’ Hamburg tagħti parir lin-nies biex joġġezzjonaw qabel is-26 ta’ Ġunju 2024.',
  'meta-pauses-2024':
    'Meta tissospendi l-pjan tagħha wara li l-Kummissjoni Irlandiża għall-Protezzjoni tad-Data titlobha tagħmel dan. Il-Kummissjoni tilqa’ d-deċiżjoni.',
  'deadline-2024':
    'L-aħħar jum biex toġġezzjona skont l-aktar qari strett. L-awtorità ta’ Hamburg talbet lin-nies joġġezzjonaw qabel is-26 ta’ Ġunju 2024; klicksafe kitbet sas-26 ta’ Ġunju 2024, jiġifieri jum wara. L-għadd lura ntemm hekk kif beda s-26 ta’ Ġunju, biex kull min segwieh ikun fil-ħin skont iż-żewġ qarjiet.',
  'policy-date-2024':
    'Il-jum li fih il-politika l-ġdida tal-privatezza ta’ Meta kellha tibda tapplika. Meta kienet issospendiet il-pjanijiet tagħha fl-14 ta’ Ġunju, qabel ma beda kwalunkwe taħriġ; klicksafe innotat li l-oġġezzjoni baqgħet possibbli wara s-sospensjoni.',
  'meta-announces-2025':
    'Meta tħabbar li se tħarreġ l-IA tagħha fuq il-kontenut pubbliku ta’ utenti adulti fl-UE u fiż-ŻEE mis-27 ta’ Mejju 2025.',
  'hamburg-2025':
    'L-awtorità tal-protezzjoni tad-data ta’ Hamburg tgħid li min irid joġġezzjona għandu jagħmel dan qabel tmiem Mejju 2025.',
  'vz-nrw-letter-2025':
    'L-organizzazzjoni tal-konsumaturi Verbraucherzentrale NRW tibgħat lil Meta ittra legali li titlobha tieqaf.',
  'noyb-letter-2025': 'noyb tibgħat lil Meta ittra legali li titlobha tieqaf, u titlob tweġiba sal-21 ta’ Mejju.',
  'dpc-statement-2025':
    'Il-Kummissjoni Irlandiża għall-Protezzjoni tad-Data tgħid li Meta għamlet xi bidliet, fosthom avviżi aktar ċari, formola tal-oġġezzjoni aktar faċli u perjodu ta’ avviż itwal.',
  'hamburg-urgency-2025':
    'L-awtorità tal-protezzjoni tad-data ta’ Hamburg tagħti bidu għal proċedura ta’ urġenza skont l-Artikolu 66 tal-GDPR.',
  'court-cologne-2025':
    'Il-Qorti Reġjonali Superjuri ta’ Kolonja tiċħad it-talba ta’ Verbraucherzentrale NRW biex jitwaqqaf it-taħriġ. Id-deċiżjoni ma tistax tiġi appellata.',
  'deadline-2025': 'L-aħħar jum biex wieħed joġġezzjona qabel jibda t-taħriġ.',
  'training-starts-2025':
    'Meta tibda tħarreġ l-IA tagħha fuq il-kontenut pubbliku tal-utenti fl-UE u fiż-ŻEE. L-awtorità ta’ Hamburg tiddeċiedi li ma tordnax miżuri provviżorji.',
};
