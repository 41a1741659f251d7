import type { TimelineTexts } from './en';

export const timelineLv: TimelineTexts = {
  'meta-notifies-2024':
    'Meta sāk informēt lietotājus ES par jaunu privātuma politiku, kas tai ļauj apmācīt savu MI ar viņu ierakstiem.',
  'complaints-2024':
    'Privātuma aizsardzības organizācija noyb iesniedz sūdzības datu aizsardzības iestādēm 11 valstīs; sūdzību iesniedz arī Norvēģijas Patērētāju padome.',
  'hamburg-2024': 'Hamburgas datu aizsardzības iestāde iesaka iebilst pirms 2024. gada 26. jūnija.',
  'meta-pauses-2024':
    'Meta aptur savu plānu pēc Īrijas Datu aizsardzības komisijas lūguma. Komisija atzinīgi vērtē šo lēmumu.',
  'deadline-2024':
    'Pēdējā diena iebilst pēc stingrākā lasījuma. Hamburgas iestāde aicināja cilvēkus iebilst pirms 2024. gada 26. jūnija; klicksafe rakstīja – līdz 2024. gada 26. jūnijam, tātad dienu vēlāk. Atpakaļskaitīšana beidzās 26. jūnija sākumā, lai ikviens, kas tai sekoja, būtu laikā pēc abiem lasījumiem.',
  'policy-date-2024':
    'Diena, kurā bija jāstājas spēkā jaunajai Meta privātuma politikai. Meta savus plānus apturēja 14. jūnijā, pirms bija sākusies jebkāda apmācība; klicksafe norādīja, ka iebilst varēja arī pēc apturēšanas.',
  'meta-announces-2025':
    'Meta paziņo, ka no 2025. gada 27. maija apmācīs savu MI ar pieaugušo lietotāju publisko saturu ES un EEZ.',
  'hamburg-2025':
    'Hamburgas datu aizsardzības iestāde paziņo: ikvienam, kas vēlas iebilst, tas jāizdara pirms 2025. gada maija beigām.',
  'vz-nrw-letter-2025':
    'Patērētāju organizācija Verbraucherzentrale NRW nosūta Meta brīdinājuma vēstuli ar prasību izbeigt pārkāpumu.',
  'noyb-letter-2025':
    'noyb nosūta Meta brīdinājuma vēstuli ar prasību izbeigt pārkāpumu un lūdz atbildēt līdz 21. maijam.',
  'dpc-statement-2025':
    'Īrijas Datu aizsardzības komisija paziņo, ka Meta ir veikusi izmaiņas, tostarp ieviesusi skaidrākus paziņojumus, vienkāršāku iebildumu veidlapu un garāku paziņošanas periodu.',
  'hamburg-urgency-2025': 'Hamburgas datu aizsardzības iestāde sāk steidzamības procedūru saskaņā ar VDAR 66. pantu.',
  'court-cologne-2025':
    'Ķelnes Augstākā apgabaltiesa noraida Verbraucherzentrale NRW pieteikumu apturēt apmācību. Lēmumu nevar pārsūdzēt.',
  'deadline-2025': 'Pēdējā diena, lai iebilstu pirms apmācības sākuma.',
  'training-starts-2025':
    'Meta sāk apmācīt savu MI ar ES un EEZ lietotāju publisko saturu. Hamburga nolemj nenoteikt pagaidu pasākumus.',
};
