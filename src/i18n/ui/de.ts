import type { UiStrings } from './en';

export const de = {
  'site.name': 'Widerspruch gegen Meta-KI',
  'site.tagline': 'So verhindern Sie, dass Meta seine KI mit Ihren Beiträgen auf Facebook und Instagram trainiert',
  'skip.toContent': 'Zum Hauptinhalt springen',
  'nav.label': 'Hauptnavigation',
  'nav.home': 'Startseite',
  'nav.notices': 'Hinweise der Behörden',
  'lang.label': 'Sprache',
  'lang.current': '{language} (aktuelle Sprache)',
  'lang.choose': 'Wählen Sie Ihre Sprache',
  'lang.chooseIntro':
    'Diese Website erklärt in mehreren Sprachen, wie Sie widersprechen können, wenn Meta Ihre Beiträge für das Training seiner KI nutzt.',
  'footer.about':
    'Eine unabhängige Informationsseite. Sie wird weder von Meta noch von einer Datenschutzbehörde betrieben. Jedes Datum und jeder Link auf dieser Seite stammt aus einer genannten Quelle.',
  'footer.privacy': 'Keine Cookies, kein Tracking, keine Anfragen an andere Websites.',
  'footer.licence': 'Quellcode unter der MIT-Lizenz.',
  'footer.reviewed': 'Inhalt zuletzt geprüft am {date}.',
  'footer.built': 'Seite erstellt am {date}.',
  'external.newTab': '(öffnet eine andere Website)',

  'home.title': 'Widersprechen Sie dem KI-Training von Meta mit Ihren Beiträgen',
  'home.description':
    'Meta trainiert seine KI mit öffentlichen Beiträgen auf Facebook und Instagram aus der EU und dem EWR, wenn Sie nicht widersprechen. Hier sehen Sie den aktuellen Stand und wie Sie widersprechen.',
  'home.intro':
    'Meta nutzt öffentliche Beiträge, Fotos und Kommentare von Erwachsenen in der EU und im EWR, um seine KI zu trainieren. Meta fragt nicht nach Ihrer Einwilligung, sondern beruft sich auf ein „berechtigtes Interesse“. Sie haben das Recht, zu widersprechen.',
  'home.stepsHeading': 'In drei Schritten widersprechen',
  'home.step1': 'Melden Sie sich in Ihrem Browser bei Facebook oder Instagram an.',
  'home.step2':
    'Öffnen Sie das offizielle Widerspruchsformular. Wählen Sie Ihr Land und geben Sie die E-Mail-Adresse Ihres Kontos ein. Eine Begründung ist freiwillig.',
  'home.step3': 'Senden Sie das Formular ab. Bewahren Sie die Bestätigungs-E-Mail auf, die Meta Ihnen schickt.',
  'home.formsHeading': 'Die offiziellen Formulare',
  'home.noticesHeading': 'Was die Behörden sagen',
  'home.noticesLink': 'Lesen Sie die Hinweise der Datenschutzbehörden',

  'form.facebook': 'Widerspruchsformular für Facebook',
  'form.instagram': 'Widerspruchsformular für Instagram',
  'form.destination': 'Öffnet {host}',

  'status.heading': 'Aktueller Stand',
  'status.upcoming':
    'Meta will ab dem {date} seine KI mit Ihren öffentlichen Beiträgen trainieren. Widersprechen Sie vorher, damit keiner Ihrer Beiträge genutzt wird.',
  'status.paused':
    'Meta hat sein Vorhaben am {date} pausiert. Die irische Datenschutzbehörde (Data Protection Commission) hatte Meta darum gebeten.',
  'status.passed':
    'Seit dem {date} trainiert Meta seine KI mit öffentlichen Inhalten von Facebook und Instagram aus der EU und dem EWR. Sie können trotzdem noch widersprechen. Das schützt alles, was Sie danach veröffentlichen.',

  'round.name': 'Runde {year}',
  'rounds.heading': 'Beide Runden im Überblick',
  'rounds.deadline': 'Frist: {date}',
  'rounds.paused': 'Von Meta pausiert am {date}',
  'rounds.trainingStart': 'Beginn des Trainings: {date}',
  'rounds.source': 'Quelle: {source}',

  'state.upcoming': 'Offen',
  'state.urgent': 'Weniger als 48 Stunden übrig',
  'state.passed': 'Frist abgelaufen',
  'state.paused': 'Pausiert',

  'countdown.heading': 'Frist für den Widerspruch',
  'countdown.deadline': 'Widersprechen Sie bis {datetime}.',
  'countdown.yourZone': 'In Ihrer Zeitzone ({zone}) ist das {datetime}.',
  'countdown.asOfBuild': 'Stand bei Erstellung dieser Seite ({date}): {state}.',
  'countdown.passed': 'Die Frist ist abgelaufen. Das ist jetzt {elapsed} her.',
  'countdown.passedMeaning':
    'Wenn Sie jetzt widersprechen, wird alles, was Sie ab jetzt veröffentlichen, nicht für das Training genutzt. Was Meta bereits verwendet hat, lässt sich nicht wieder aus der KI entfernen.',
  'countdown.paused': 'Meta hat diese Runde am {date} pausiert, noch vor Ablauf der Frist.',
  'countdown.pausedMeaning':
    'Laut Meta und der norwegischen Datenschutzbehörde Datatilsynet gelten Widersprüche aus dieser Runde weiterhin.',
  'countdown.announce': 'Noch {duration}, um zu widersprechen.',
  'countdown.clockWarning':
    'Die Uhr Ihres Geräts zeigt {now}. Das ist früher als der Zeitpunkt, zu dem diese Seite erstellt wurde ({built}). Wenn Ihre Uhr falsch geht, sind auch diese Angaben falsch.',
  'countdown.calendar': 'Frist in Ihren Kalender eintragen (.ics-Datei)',
  'calendar.summary': 'Letzter Tag für den Widerspruch gegen das KI-Training von Meta',
  'calendar.description':
    'Widersprechen Sie vor diesem Zeitpunkt über die offiziellen Formulare von Facebook und Instagram. Dann trainiert Meta seine KI nicht mit Ihren öffentlichen Beiträgen. Anleitung: {url}',
  'calendar.reminder': 'Erinnerung: Widersprechen Sie dem KI-Training von Meta vor Ablauf der Frist',

  'notices.title': 'Was die Datenschutzbehörden sagen',
  'notices.description':
    'Zusammenfassungen der Hinweise der Hamburger Datenschutzbehörde, der norwegischen Datenschutzbehörde Datatilsynet und von klicksafe zum KI-Training von Meta.',
  'notices.intro':
    'Datenschutzbehörden und Angebote für Sicherheit im Internet haben erklärt, wie Sie widersprechen können und warum. Hier steht in unseren eigenen Worten, was in jedem Hinweis steht, mit einem Link zum Original.',
  'notice.authority': 'Behörde',
  'notice.published': 'Veröffentlicht',
  'notice.round': 'Runde',
  'notice.source': 'Original',
  'notice.sourceLink': 'Den Originalhinweis lesen',
  'notice.sourceHome': 'Veröffentlicht auf {host}',
  'notice.sourceLanguage': 'Sprache des Originals: {language}',
  'notice.ourSummary': 'Dies ist unsere Zusammenfassung, nicht der Originaltext der Behörde.',
  'notice.backToList': 'Alle Hinweise',
  'notice.objectCta': 'Jetzt über die offiziellen Formulare widersprechen',

  'nav.guide': 'So widersprechen Sie',
  'nav.timeline': 'Chronologie',
  'home.guideLink': 'Zur ausführlichen Anleitung: jeder Schritt, Textvorschläge und was ein Widerspruch abdeckt',
  'notice.guideLink': 'Schritt für Schritt widersprechen',
  'timeline.title': 'Was wann geschah',
  'timeline.description':
    'Die Daten zu Metas Plänen, seine KI mit Beiträgen aus der EU und dem EWR zu trainieren: von der ersten Ankündigung 2024 bis zum Trainingsbeginn 2025, jeweils mit Quelle.',
  'timeline.intro': 'Jedes Datum hier stammt von einer Behörde, einem Gericht oder einer anderen genannten Quelle.',
  'timeline.deadline': 'Frist',
  'timeline.notice': 'Unsere Zusammenfassung dieses Hinweises',

  'footer.embed': 'Den Countdown auf Ihrer Website zeigen',
  'footer.feed': 'Neuigkeiten als Feed (RSS)',
  'footer.translations': 'Stand der Übersetzungen',

  'embed.title': 'Den Countdown auf Ihrer Website zeigen',
  'embed.description':
    'Ein kostenloses Countdown-Widget für Partnerseiten: ohne Cookies, ohne Tracking, in jeder Sprache dieser Website. Aussehen wählen, Code kopieren, in Ihre Seite einfügen.',
  'embed.intro':
    'Verbraucherorganisationen, Vereine, Blogs und Behörden können unseren Countdown auf ihren eigenen Seiten zeigen. Er aktualisiert sich selbst: Ist die Frist vorbei, sagt jede Kopie des Widgets, was ein Widerspruch dann noch bewirkt.',
  'embed.optionsHeading': 'Aussehen wählen',
  'embed.language': 'Sprache',
  'embed.theme': 'Farben',
  'embed.themeAuto': 'Wie das Gerät der Leserin oder des Lesers',
  'embed.themeLight': 'Hell',
  'embed.themeDark': 'Dunkel',
  'embed.size': 'Größe',
  'embed.sizeFull': 'Vollständig: Zahlen und Erklärung',
  'embed.sizeCompact': 'Kompakt: das Wichtigste',
  'embed.previewHeading': 'Vorschau',
  'embed.iframeHeading': 'Mit einem iframe einbinden: funktioniert überall',
  'embed.iframeNote':
    'Nutzen Sie diese Variante, wenn Ihre Website keine Skripte erlaubt, wie viele Redaktionssysteme.',
  'embed.scriptHeading': 'Mit einem Skript einbinden: passt die Höhe an',
  'embed.scriptNote':
    'Das Skript macht aus dem Link das Widget und hält seine Höhe passend. Ohne JavaScript sehen Ihre Leserinnen und Leser den Link.',
  'embed.copy': 'Code kopieren',
  'embed.copied': 'Code in die Zwischenablage kopiert.',
  'embed.copyFailed': 'Kopieren nicht möglich. Bitte markieren und kopieren Sie den Code selbst.',
  'embed.privacyHeading': 'Datenschutz',
  'embed.privacy':
    'Das Widget setzt keine Cookies, speichert nichts im Browser, verfolgt niemanden und stellt keine Anfrage an andere Server. Es läuft in einem abgeschotteten Rahmen, der Ihre Seite nicht lesen kann.',
  'embed.licenceHeading': 'Lizenz',
  'embed.licence': 'Sie dürfen das Widget kostenlos auf jeder Website verwenden. Sein Code steht unter der MIT-Lizenz.',
  'widget.title': 'Countdown: Widerspruch gegen das KI-Training von Meta',
  'widget.more': 'So widersprechen Sie',

  'share.heading': 'Diese Seite teilen',
  'share.native': 'Teilen …',
  'share.copyLink': 'Link kopieren',
  'share.copied': 'Link kopiert.',
  'share.copyFailed': 'Kopieren nicht möglich. Kopieren Sie die Adresse aus der Adresszeile Ihres Browsers.',
  'share.email': 'E-Mail',
  'share.mastodonServer': 'Ihr Mastodon-Server',
  'share.mastodonHint': 'Zum Beispiel mastodon.social. Er wird nur in diesem Browser gespeichert.',
  'share.mastodonGo': 'Auf Mastodon teilen',
  'share.mastodonInvalid': 'Geben Sie einen Servernamen wie mastodon.social ein.',
  'share.textUpcoming':
    'Widersprechen Sie bis {date}, damit Meta seine KI nicht mit Ihren Facebook- und Instagram-Beiträgen trainiert. So geht es:',
  'share.textPassed':
    'Meta trainiert seine KI mit öffentlichen Facebook- und Instagram-Beiträgen. Sie können weiterhin widersprechen: Das schützt alles, was Sie ab jetzt posten. So geht es:',
  'share.textPaused':
    'Meta hat seinen Plan pausiert, KI mit Facebook- und Instagram-Beiträgen zu trainieren. So widersprechen Sie, falls es wieder losgeht:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: Neuigkeiten',
  'feed.description': 'Neue Hinweise von Datenschutzbehörden und Änderungen beim Stand von Metas KI-Training.',
  'feed.roundAnnounced': 'Runde {year}: Meta kündigt KI-Training mit Ihren Beiträgen an; widersprechen Sie bis {date}',
  'feed.roundPaused': 'Runde {year}: Meta pausiert seinen Plan',
  'feed.roundStarted': 'Runde {year}: Meta hat mit dem KI-Training begonnen',

  'translations.title': 'Stand der Übersetzungen',
  'translations.description':
    'Welche Seiten dieser Website in welche Sprache übersetzt sind und welche vorerst den englischen Text zeigen.',
  'translations.intro':
    'Jede Seite gibt es in jeder Sprache. Ist ein Hinweis noch nicht übersetzt, zeigt seine Seite den englischen Text mit einem Vermerk oben.',
  'translations.language': 'Sprache',
  'translations.translated': 'Übersetzt',
  'translations.fallback': 'Vorerst Englisch',
  'translations.page': 'Seite',
  'fallback.notice': 'Dieser Text ist noch nicht auf {language} übersetzt. Sie lesen die englische Fassung.',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.description': 'Diese Seite gibt es nicht.',
  'notFound.body':
    'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler.',
  'notFound.home': 'Zur Startseite',
} as const satisfies UiStrings;
