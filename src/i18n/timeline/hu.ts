import type { TimelineTexts } from './en';

export const timelineHu: TimelineTexts = {
  'meta-notifies-2024':
    'A Meta elkezdi tájékoztatni az EU-s felhasználókat egy új adatvédelmi szabályzatról, amely lehetővé teszi számára, hogy a bejegyzéseikkel tanítsa a mesterséges intelligenciáját.',
  'complaints-2024':
    'A noyb adatvédelmi szervezet 11 ország adatvédelmi hatóságánál tesz panaszt; a Norvég Fogyasztói Tanács (Forbrukerrådet) is panaszt nyújt be.',
  'hamburg-2024':
    'A hamburgi adatvédelmi hatóság azt tanácsolja az embereknek, hogy 2024. június 26. előtt tiltakozzanak.',
  'meta-pauses-2024':
    'A Meta felfüggeszti a tervét, miután az ír adatvédelmi hatóság (Data Protection Commission) erre kérte. A hatóság üdvözli a döntést.',
  'deadline-2024':
    'A tiltakozás utolsó napja a szigorúbb értelmezés szerint. A hamburgi hatóság arra kérte az embereket, hogy 2024. június 26. előtt tiltakozzanak; a klicksafe azt írta, hogy legkésőbb 2024. június 26-ig, vagyis egy nappal később. A visszaszámlálás június 26. kezdetén ért véget, hogy aki követte, mindkét értelmezés szerint időben legyen.',
  'policy-date-2024':
    'Ezen a napon kezdődött volna a Meta új adatvédelmi szabályzatának alkalmazása. A Meta már június 14-én felfüggesztette a terveit, mielőtt bármilyen tanítás elkezdődött volna; a klicksafe jelezte, hogy a felfüggesztés után is lehetett tiltakozni.',
  'meta-announces-2025':
    'A Meta bejelenti, hogy 2025. május 27-től az EU-ban és az EGT-ben élő felnőtt felhasználók nyilvános tartalmaival tanítja a mesterséges intelligenciáját.',
  'hamburg-2025':
    'A hamburgi adatvédelmi hatóság szerint aki tiltakozni szeretne, az tegye meg 2025. május vége előtt.',
  'vz-nrw-letter-2025': 'A Verbraucherzentrale NRW fogyasztóvédelmi szervezet felszólító levelet küld a Metának.',
  'noyb-letter-2025': 'A noyb felszólító levelet küld a Metának, és május 21-ig választ kér.',
  'dpc-statement-2025':
    'Az ír adatvédelmi hatóság (Data Protection Commission) szerint a Meta változtatásokat hajtott végre: többek között világosabb tájékoztatást, egyszerűbb tiltakozási űrlapot és hosszabb értesítési időszakot vezetett be.',
  'hamburg-urgency-2025':
    'A hamburgi adatvédelmi hatóság sürgősségi eljárást indít az általános adatvédelmi rendelet (GDPR) 66. cikke alapján.',
  'court-cologne-2025':
    'A Kölni Tartományi Felsőbíróság (Oberlandesgericht Köln) elutasítja a Verbraucherzentrale NRW kérelmét, hogy állítsák le a tanítást. A döntés ellen nincs helye fellebbezésnek.',
  'deadline-2025': 'A tiltakozás utolsó napja a tanítás kezdete előtt.',
  'training-starts-2025':
    'A Meta elkezdi az EU-ban és az EGT-ben élő felhasználók nyilvános tartalmaival tanítani a mesterséges intelligenciáját. A hamburgi hatóság úgy dönt, hogy nem rendel el ideiglenes intézkedéseket.',
};
