import type { TimelineTexts } from './en';

export const timelineLt: TimelineTexts = {
  'meta-notifies-2024':
    '„Meta“ pradeda informuoti ES naudotojus apie naują privatumo politiką, pagal kurią ji galėtų mokyti savo DI naudodama jų įrašus.',
  'complaints-2024':
    'Privatumo gynimo organizacija noyb pateikia skundus 11 šalių duomenų apsaugos institucijoms; skundą pateikia ir Norvegijos vartotojų taryba.',
  'hamburg-2024': 'Hamburgo duomenų apsaugos institucija pataria pateikti prieštaravimą prieš 2024 m. birželio 26 d.',
  'meta-pauses-2024':
    '„Meta“ sustabdo savo planą, kai to paprašo Airijos duomenų apsaugos komisija. Komisija palankiai vertina šį sprendimą.',
  'deadline-2024':
    'Paskutinė diena pateikti prieštaravimą pagal griežtesnį aiškinimą. Hamburgo institucija ragino pateikti prieštaravimą prieš 2024 m. birželio 26 d.; klicksafe rašė – iki 2024 m. birželio 26 d., t. y. diena vėliau. Atgalinis laikmatis baigėsi prasidėjus birželio 26 d., kad kiekvienas, kuris juo vadovavosi, spėtų laiku pagal abu aiškinimus.',
  'policy-date-2024':
    'Diena, nuo kurios turėjo būti taikoma naujoji „Meta“ privatumo politika. „Meta“ savo planus sustabdė birželio 14 d., dar prieš prasidedant bet kokiam mokymui; klicksafe pažymėjo, kad prieštaravimą buvo galima pateikti ir po sustabdymo.',
  'meta-announces-2025':
    '„Meta“ praneša, kad nuo 2025 m. gegužės 27 d. mokys savo DI naudodama suaugusių ES ir EEE naudotojų viešą turinį.',
  'hamburg-2025':
    'Hamburgo duomenų apsaugos institucija teigia, kad visi, norintys pateikti prieštaravimą, turėtų tai padaryti iki 2025 m. gegužės pabaigos.',
  'vz-nrw-letter-2025':
    'Vartotojų organizacija Verbraucherzentrale NRW išsiunčia „Meta“ raštą su reikalavimu nutraukti veiksmus.',
  'noyb-letter-2025':
    'noyb išsiunčia „Meta“ raštą su reikalavimu nutraukti veiksmus ir prašo atsakyti iki gegužės 21 d.',
  'dpc-statement-2025':
    'Airijos duomenų apsaugos komisija teigia, kad „Meta“ atliko pakeitimų: be kita ko, pateikė aiškesnius pranešimus, supaprastino prieštaravimo formą ir pailgino įspėjimo laikotarpį.',
  'hamburg-urgency-2025': 'Hamburgo duomenų apsaugos institucija pradeda skubos procedūrą pagal BDAR 66 straipsnį.',
  'court-cologne-2025':
    'Kelno aukštesnysis apygardos teismas atmeta Verbraucherzentrale NRW prašymą sustabdyti mokymą. Šis sprendimas neskundžiamas.',
  'deadline-2025': 'Paskutinė diena pateikti prieštaravimą prieš prasidedant mokymui.',
  'training-starts-2025':
    '„Meta“ pradeda mokyti savo DI naudodama ES ir EEE naudotojų viešą turinį. Hamburgas nusprendžia netaikyti laikinųjų priemonių.',
};
