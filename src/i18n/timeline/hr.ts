import type { TimelineTexts } from './en';

export const timelineHr: TimelineTexts = {
  'meta-notifies-2024':
    'Meta počinje obavještavati korisnike u EU-u o novim pravilima o privatnosti koja joj omogućuju da svoju umjetnu inteligenciju trenira na njihovim objavama.',
  'complaints-2024':
    'Organizacija za zaštitu privatnosti noyb podnosi pritužbe tijelima za zaštitu podataka u 11 država; pritužbu podnosi i Norveško vijeće za potrošače (Forbrukerrådet).',
  'hamburg-2024': 'Tijelo za zaštitu podataka u Hamburgu savjetuje ljudima da ulože prigovor prije 26. lipnja 2024.',
  'meta-pauses-2024':
    'Meta privremeno obustavlja svoj plan nakon što to od nje zatraži irsko Povjerenstvo za zaštitu podataka (Data Protection Commission). Povjerenstvo pozdravlja tu odluku.',
  'deadline-2024':
    'Posljednji dan za prigovor prema strožem tumačenju. Tijelo u Hamburgu pozvalo je ljude da ulože prigovor prije 26. lipnja 2024.; klicksafe je napisao najkasnije do 26. lipnja 2024., dakle dan kasnije. Odbrojavanje je završilo početkom 26. lipnja, kako bi svatko tko ga je slijedio stigao na vrijeme prema oba tumačenja.',
  'policy-date-2024':
    'Dan od kojeg su se trebala primjenjivati nova Metina pravila o privatnosti. Meta je svoje planove privremeno obustavila 14. lipnja, prije nego što je ikakvo treniranje počelo; klicksafe je istaknuo da je prigovor i nakon toga ostao moguć.',
  'meta-announces-2025':
    'Meta najavljuje da će od 27. svibnja 2025. trenirati svoju umjetnu inteligenciju na javnim sadržajima odraslih korisnika u EU-u i EGP-u.',
  'hamburg-2025':
    'Tijelo za zaštitu podataka u Hamburgu poručuje da svatko tko želi uložiti prigovor to treba učiniti prije kraja svibnja 2025.',
  'vz-nrw-letter-2025': 'Potrošačka organizacija Verbraucherzentrale NRW šalje Meti opomenu pred tužbu.',
  'noyb-letter-2025': 'noyb šalje Meti opomenu pred tužbu i traži odgovor do 21. svibnja.',
  'dpc-statement-2025':
    'Irsko Povjerenstvo za zaštitu podataka (Data Protection Commission) navodi da je Meta uvela promjene, među ostalim jasnije obavijesti, jednostavniji obrazac za prigovor i dulji rok obavješćivanja.',
  'hamburg-urgency-2025':
    'Tijelo za zaštitu podataka u Hamburgu pokreće hitni postupak na temelju članka 66. Opće uredbe o zaštiti podataka.',
  'court-cologne-2025':
    'Visoki zemaljski sud u Kölnu (Oberlandesgericht Köln) odbija zahtjev organizacije Verbraucherzentrale NRW da se treniranje zaustavi. Protiv te odluke žalba nije dopuštena.',
  'deadline-2025': 'Posljednji dan za prigovor prije početka treniranja.',
  'training-starts-2025':
    'Meta počinje trenirati svoju umjetnu inteligenciju na javnim sadržajima korisnika u EU-u i EGP-u. Tijelo u Hamburgu odlučuje da neće odrediti privremene mjere.',
};
