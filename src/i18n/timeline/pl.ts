import type { TimelineTexts } from './en';

export const timelinePl: TimelineTexts = {
  'meta-notifies-2024':
    'Meta zaczyna informować użytkowników w UE o nowych zasadach ochrony prywatności, które pozwalają jej trenować AI na ich postach.',
  'complaints-2024':
    'Organizacja noyb, zajmująca się ochroną prywatności, składa skargi do organów ochrony danych w 11 krajach; skargę składa też Norweska Rada Konsumentów.',
  'hamburg-2024': 'Hamburski organ ochrony danych zaleca wniesienie sprzeciwu przed 26 czerwca 2024 r.',
  'meta-pauses-2024':
    'Meta wstrzymuje swój plan na prośbę irlandzkiej Komisji Ochrony Danych. Komisja z zadowoleniem przyjmuje tę decyzję.',
  'deadline-2024':
    'Ostatni dzień na wniesienie sprzeciwu według ostrzejszego odczytania. Hamburski organ ochrony danych wzywał do wniesienia sprzeciwu przed 26 czerwca 2024 r.; klicksafe pisał o terminie do 26 czerwca 2024 r., czyli o dzień później. Odliczanie zakończyło się z początkiem 26 czerwca, aby każdy, kto się nim kierował, zdążył według obu odczytań.',
  'policy-date-2024':
    'Dzień, od którego miały obowiązywać nowe zasady ochrony prywatności firmy Meta. Meta wstrzymała swoje plany 14 czerwca, zanim rozpoczęło się jakiekolwiek trenowanie; klicksafe zaznaczył, że sprzeciw można było wnosić także po wstrzymaniu.',
  'meta-announces-2025':
    'Meta ogłasza, że od 27 maja 2025 r. będzie trenować swoją AI na publicznych treściach dorosłych użytkowników z UE i EOG.',
  'hamburg-2025':
    'Hamburski organ ochrony danych informuje, że osoby, które chcą wnieść sprzeciw, powinny to zrobić przed końcem maja 2025 r.',
  'vz-nrw-letter-2025':
    'Organizacja konsumencka Verbraucherzentrale NRW wysyła do firmy Meta wezwanie do zaprzestania naruszeń.',
  'noyb-letter-2025': 'noyb wysyła do firmy Meta wezwanie do zaprzestania naruszeń i prosi o odpowiedź do 21 maja.',
  'dpc-statement-2025':
    'Irlandzka Komisja Ochrony Danych informuje, że Meta wprowadziła zmiany, m.in. jaśniejsze powiadomienia, prostszy formularz sprzeciwu i dłuższy okres od powiadomienia do rozpoczęcia przetwarzania.',
  'hamburg-urgency-2025':
    'Hamburski organ ochrony danych wszczyna postępowanie w trybie pilnym na podstawie art. 66 RODO.',
  'court-cologne-2025':
    'Wyższy Sąd Krajowy w Kolonii oddala wniosek Verbraucherzentrale NRW o wstrzymanie trenowania. Od tego orzeczenia nie przysługuje środek odwoławczy.',
  'deadline-2025': 'Ostatni dzień na wniesienie sprzeciwu przed rozpoczęciem trenowania.',
  'training-starts-2025':
    'Meta rozpoczyna trenowanie swojej AI na publicznych treściach użytkowników z UE i EOG. Hamburski organ ochrony danych postanawia nie zarządzać środków tymczasowych.',
};
