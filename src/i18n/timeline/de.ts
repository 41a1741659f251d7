import type { TimelineTexts } from './en';

export const timelineDe: TimelineTexts = {
  'meta-notifies-2024':
    'Meta beginnt, Nutzerinnen und Nutzer in der EU über eine neue Datenschutzrichtlinie zu informieren, nach der Meta seine KI mit ihren Beiträgen trainieren darf.',
  'complaints-2024':
    'Die Datenschutzorganisation noyb reicht bei Datenschutzbehörden in 11 Ländern Beschwerden ein; auch der norwegische Verbraucherrat (Forbrukerrådet) beschwert sich.',
  'hamburg-2024': 'Die Hamburger Datenschutzbehörde rät, vor dem 26. Juni 2024 zu widersprechen.',
  'meta-pauses-2024':
    'Meta setzt seinen Plan aus, nachdem die irische Datenschutzbehörde (Data Protection Commission) darum gebeten hat. Die Behörde begrüßt die Entscheidung.',
  'deadline-2024':
    'Der letzte Tag, um zu widersprechen, nach der strengeren Lesart. Die Hamburger Datenschutzbehörde riet, vor dem 26. Juni 2024 zu widersprechen; klicksafe nannte den 26. Juni 2024 selbst als letzten Tag, also einen Tag später. Der Countdown endete mit Beginn des 26. Juni, damit alle, die ihm folgten, nach beiden Lesarten rechtzeitig waren.',
  'policy-date-2024':
    'Der Tag, ab dem Metas neue Datenschutzrichtlinie gelten sollte. Meta hatte seine Pläne am 14. Juni pausiert, bevor ein Training begonnen hatte; klicksafe wies darauf hin, dass ein Widerspruch auch nach der Pause möglich blieb.',
  'meta-announces-2025':
    'Meta kündigt an, seine KI ab dem 27. Mai 2025 mit öffentlichen Inhalten erwachsener Nutzerinnen und Nutzer in der EU und im EWR zu trainieren.',
  'hamburg-2025': 'Die Hamburger Datenschutzbehörde erklärt: Wer widersprechen will, sollte das vor Ende Mai 2025 tun.',
  'vz-nrw-letter-2025': 'Die Verbraucherzentrale NRW schickt Meta eine Abmahnung.',
  'noyb-letter-2025': 'noyb schickt Meta eine Abmahnung und verlangt eine Antwort bis zum 21. Mai.',
  'dpc-statement-2025':
    'Die irische Datenschutzbehörde (Data Protection Commission) erklärt, Meta habe Änderungen vorgenommen, darunter klarere Hinweise, ein einfacheres Widerspruchsformular und eine längere Ankündigungsfrist.',
  'hamburg-urgency-2025':
    'Die Hamburger Datenschutzbehörde leitet ein Dringlichkeitsverfahren nach Artikel 66 DSGVO ein.',
  'court-cologne-2025':
    'Das Oberlandesgericht Köln lehnt den Antrag der Verbraucherzentrale NRW ab, das Training zu stoppen. Die Entscheidung ist nicht anfechtbar.',
  'deadline-2025': 'Der letzte Tag für einen Widerspruch vor Beginn des Trainings.',
  'training-starts-2025':
    'Meta beginnt, seine KI mit öffentlichen Inhalten von Nutzerinnen und Nutzern in der EU und im EWR zu trainieren. Die Hamburger Datenschutzbehörde entscheidet, keine vorläufigen Maßnahmen anzuordnen.',
};
