import type { ObjectionGuideContent } from './en';

/** The objection guide in German. */
export const objectionGuideDe: ObjectionGuideContent = {
  title: 'So widersprechen Sie, Schritt für Schritt',
  description:
    'Widersprechen Sie, wenn Meta Ihre Beiträge auf Facebook und Instagram für das Training seiner KI nutzt: die offiziellen Formulare, jeder Schritt, Texte zum Verwenden und was ein Widerspruch abdeckt.',
  intro:
    'Ein Widerspruch dauert etwa fünf Minuten pro Plattform. Sie brauchen Ihre Zugangsdaten und Zugriff auf die E-Mail-Adresse Ihres Kontos.',
  tocLabel: 'Auf dieser Seite',
  warning:
    'Nutzen Sie nur die offiziellen Formulare, die hier verlinkt sind. Meta fragt im Formular nie nach Ihrem Passwort.',

  facebook: {
    heading: 'Auf Facebook widersprechen',
    steps: [
      'Melden Sie sich zuerst in Ihrem Webbrowser bei Facebook an. Das Formular funktioniert nur, wenn Sie angemeldet sind.',
      'Öffnen Sie das offizielle Widerspruchsformular über die Schaltfläche unten. Es öffnet sich auf {host}.',
      'Wählen Sie aus der Liste das Land, in dem Sie wohnen.',
      'Geben Sie die E-Mail-Adresse Ihres Facebook-Kontos ein.',
      'Das Freitextfeld müssen Sie nicht ausfüllen: Sie können es leer lassen oder einen der Texte weiter unten einfügen.',
      'Klicken Sie auf „Senden“.',
      'Meta schickt eventuell einen Sicherheitscode an Ihre E-Mail-Adresse. Geben Sie ihn auf der Seite des Formulars ein.',
      'Meta bestätigt Ihren Widerspruch per E-Mail, oft schon nach wenigen Minuten. Bewahren Sie diese E-Mail auf: Sie ist Ihr Nachweis.',
    ],
  },
  instagram: {
    heading: 'Auf Instagram widersprechen',
    steps: [
      'Melden Sie sich zuerst in Ihrem Webbrowser bei Instagram an. Das Formular funktioniert nur, wenn Sie angemeldet sind.',
      'Öffnen Sie das offizielle Widerspruchsformular über die Schaltfläche unten. Es öffnet sich auf {host}.',
      'Wählen Sie aus der Liste das Land, in dem Sie wohnen.',
      'Geben Sie die E-Mail-Adresse Ihres Instagram-Kontos ein.',
      'Das Freitextfeld müssen Sie nicht ausfüllen: Sie können es leer lassen oder einen der Texte weiter unten einfügen.',
      'Klicken Sie auf „Senden“.',
      'Meta schickt eventuell einen Sicherheitscode an Ihre E-Mail-Adresse. Geben Sie ihn auf der Seite des Formulars ein.',
      'Meta bestätigt Ihren Widerspruch per E-Mail, oft schon nach wenigen Minuten. Bewahren Sie diese E-Mail auf: Sie ist Ihr Nachweis.',
    ],
  },
  stepsSource: 'Die Schritte hat klicksafe getestet, und die Hamburger Datenschutzbehörde hat sie beschrieben.',

  inApp: {
    heading: 'Auf dem Smartphone, in der App',
    intro:
      'Sie können auch direkt in den Apps widersprechen. Meta verschiebt diese Menüs manchmal. Wenn Sie sie nicht finden, nutzen Sie die Links zu den Formularen oben.',
    facebook:
      'Facebook: Menü → Einstellungen und Privatsphäre → Einstellungen → Datenschutzrichtlinie → der Link zum Widerspruch.',
    instagram: 'Instagram: Profil → Menü → Einstellungen → Info → Datenschutzrichtlinie → der Link zum Widerspruch.',
    privacyCenter: 'Ein anderer Weg: das Privacy Center von Meta → KI bei Meta → einen Widerspruch einreichen.',
    source: 'Menüpfade laut Presseberichten. In Ihrer App-Version können sie anders aussehen.',
  },

  texts: {
    heading: 'Was Sie schreiben können',
    intro:
      'Sie müssen keinen Grund angeben. Die norwegische Datenschutzbehörde Datatilsynet schreibt: „Sie müssen Ihren Widerspruch nicht begründen“ (eigene Übersetzung). Meta hat erklärt, dass es alle Widersprüche akzeptiert. Wenn Sie etwas schreiben möchten, kopieren Sie einen dieser Texte in das Freitextfeld.',
    copy: 'Text kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren hat nicht geklappt. Markieren Sie den Text und kopieren Sie ihn selbst.',
    items: [
      {
        title: 'Kurz und sachlich',
        text: 'Ich widerspreche der Verwendung meiner personenbezogenen Daten, einschließlich meiner Beiträge, Fotos und Kommentare, für die Entwicklung und Verbesserung von KI bei Meta.',
      },
      {
        title: 'Zum Urheberrecht an Ihren eigenen Beiträgen',
        text: 'Das Urheberrecht an den Inhalten, die ich poste, liegt bei mir. Eine Nutzung für KI-Anwendungen erlaube ich nicht.',
        note: 'Nach der Formulierung, mit der klicksafe in seinem Test Erfolg hatte.',
      },
      {
        title: 'Zu Ihren persönlichen Bedenken',
        text: 'Meine Beiträge und Fotos sind persönlich. Wenn sie einmal für das Training eines KI-Modells verwendet wurden, lassen sie sich nicht wieder daraus entfernen. Ich möchte nicht, dass meine Daten dafür verwendet werden.',
      },
    ],
  },

  covers: {
    heading: 'Was ein Widerspruch abdeckt',
    covered: 'Abgedeckt',
    notCovered: 'Nicht abgedeckt oder ohnehin nicht genutzt',
    items: [
      {
        kind: 'covered',
        text: 'Ihre öffentlichen Beiträge, Fotos, Bildunterschriften und Kommentare, wenn Sie volljährig sind.',
        source: 'Datatilsynet; Hamburg',
      },
      {
        kind: 'covered',
        text: 'Was Sie dem Chatbot Meta AI schreiben, unabhängig von Ihrem Alter.',
        source: 'Datatilsynet',
      },
      {
        kind: 'notCovered',
        text: 'Private Nachrichten: Meta sagt, dass es sie für dieses Training nicht verwendet.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Konten von Personen unter 18 Jahren: Meta sagt, dass es deren Beiträge nicht verwendet.',
        source: 'Presseberichte',
      },
      {
        kind: 'notCovered',
        text: 'Beiträge und Fotos, die andere Personen über Sie veröffentlichen: Ihr Widerspruch gilt nicht für sie.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Mehrere Konten: Laut Datatilsynet gilt ein Widerspruch für alle Konten, die in derselben Kontenübersicht verknüpft sind. Andere Quellen raten zu einem Widerspruch pro Konto. Wenn Sie unsicher sind, senden Sie beide Formulare ab, und zwar für jedes Konto einmal.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: Laut Presseberichten werden private Chats nicht verwendet, Nachrichten, die Sie in WhatsApp an Meta AI senden, aber schon. Ein eigenes Widerspruchsformular für WhatsApp ist nicht bekannt.',
    whatsappSource: 'Presseberichte',
    thirdParty:
      'Daten von anderen Unternehmen: Meta nutzt für das Training seiner KI auch Daten, die es von Drittanbietern kauft. Das kann auch Menschen ohne Konto betreffen. Laut der Hamburger Datenschutzbehörde bietet Meta dafür einen eigenen Weg zum Widerspruch an. Einen Link dazu konnten wir nicht bestätigen, deshalb zeigen wir keinen. Einzelheiten finden Sie im Hinweis aus Hamburg.',
    thirdPartyLink: 'Hinweis aus Hamburg vom 12. Juni 2024',
    sourceLabel: 'Quelle: {source}',
  },

  afterDeadline: {
    heading: 'Wenn die Frist abgelaufen ist',
    text: 'Sie können jederzeit widersprechen. Ein Widerspruch sorgt dafür, dass alles, was Sie ab dann posten, nicht in das KI-Training von Meta einfließt. Was Meta bereits verwendet hat, lässt sich damit nicht entfernen: Daten, die in ein Modell eingeflossen sind, können nicht wieder herausgenommen werden.',
    earlier: 'Wenn Sie 2024 widersprochen haben, gilt dieser Widerspruch laut Datatilsynet und Meta weiterhin.',
    source: 'Hamburger Datenschutzbehörde, 15. April 2025',
  },

  checklist: {
    heading: 'Ihre Checkliste',
    intro:
      'Haken Sie ab, was Sie erledigt haben. Die Häkchen bleiben nur in diesem Browser gespeichert. Es wird nichts irgendwohin gesendet.',
    items: [
      'Facebook-Formular abgeschickt',
      'Instagram-Formular abgeschickt',
      'Bestätigungs-E-Mail erhalten und aufbewahrt',
    ],
    reset: 'Meine Häkchen löschen',
  },

  faq: {
    heading: 'Häufige Fragen',
    items: [
      {
        question: 'Gilt das für mich?',
        answer:
          'Ja, wenn Sie in der EU oder im EWR leben (dazu gehören auch Norwegen, Island und Liechtenstein), mindestens 18 Jahre alt sind und öffentliche Inhalte auf Facebook oder Instagram haben. Im Vereinigten Königreich gilt bei Meta ein anderes Verfahren.',
      },
      {
        question: 'Ich habe die Frist verpasst. Ist es zu spät?',
        answer:
          'Nein. Sie können jederzeit widersprechen. Das schützt alles, was Sie ab dann posten. Was Meta bereits für das Training verwendet hat, lässt sich nicht wieder aus seiner KI entfernen.',
      },
      {
        question: 'Muss ich einen Grund angeben?',
        answer:
          'Nein. Das Freitextfeld müssen Sie nicht ausfüllen. Laut Datatilsynet müssen Sie Ihren Widerspruch nicht begründen, und Meta hat erklärt, dass es alle Widersprüche akzeptiert.',
      },
      {
        question: 'Ich habe mehrere Konten. Was mache ich?',
        answer:
          'Laut Datatilsynet gilt ein Widerspruch für die Konten, die in derselben Kontenübersicht verknüpft sind. Wenn Sie nicht sicher sind, ob Ihre Konten verknüpft sind, senden Sie das Formular für Facebook und für Instagram ab, einmal für jedes Konto.',
      },
      {
        question: 'Gilt der Widerspruch auch für Fotos meiner Kinder, die ich gepostet habe?',
        answer:
          'Ihr Widerspruch gilt für die öffentlichen Inhalte, die Sie gepostet haben, auch für Fotos Ihrer Kinder. Datatilsynet hat Meta gefragt, ob es seine KI mit Fotos von Kindern trainiert, die Erwachsene posten. Als Datatilsynet seinen Hinweis veröffentlichte, hatte Meta darauf noch nicht geantwortet.',
      },
      {
        question: 'Was ist mit WhatsApp?',
        answer:
          'Laut Presseberichten werden Ihre privaten WhatsApp-Chats nicht verwendet, Nachrichten, die Sie in WhatsApp an Meta AI senden, aber schon. Ein eigenes Widerspruchsformular für WhatsApp ist nicht bekannt. Wenn Sie nicht möchten, dass diese Nachrichten verwendet werden, senden Sie sie nicht an Meta AI.',
      },
      {
        question: 'Ich habe kein Konto. Kann Meta trotzdem Daten über mich nutzen?',
        answer:
          'Möglicherweise. Meta nutzt auch Daten, die es von anderen Unternehmen kauft, und andere Menschen können Fotos von Ihnen posten. Laut der Hamburger Datenschutzbehörde bietet Meta einen eigenen Weg, um der Nutzung von Daten von Drittanbietern zu widersprechen. Einen Link dazu konnten wir nicht bestätigen.',
      },
      {
        question: 'Woran erkenne ich, dass es geklappt hat?',
        answer:
          'Meta schickt eine Bestätigungs-E-Mail an die Adresse Ihres Kontos. Im Test von klicksafe kam sie nach wenigen Minuten. Bewahren Sie sie auf. Wenn keine E-Mail ankommt, sehen Sie in Ihrem Spam-Ordner nach und senden Sie das Formular dann erneut ab.',
      },
      {
        question: 'Ich habe 2024 widersprochen. Muss ich noch einmal widersprechen?',
        answer: 'Nein. Laut Datatilsynet und Meta gelten Widersprüche aus dem Jahr 2024 weiterhin.',
      },
    ],
  },

  print: {
    heading: 'Diese Anleitung auf Papier',
    qr: 'Scannen Sie den Code, um diese Anleitung auf einem Smartphone zu öffnen: {url}',
    button: 'Diese Anleitung drucken',
  },
};
