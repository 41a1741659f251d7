import type { ObjectionGuideContent } from './en';

/** The objection guide in German. */
export const objectionGuideDe: ObjectionGuideContent = {
  title: 'So widersprechen Sie, Schritt für Schritt',
  description:
    'Widersprechen Sie der Nutzung Ihrer Facebook- und Instagram-Beiträge für Metas KI-Training: die offiziellen Formulare, die Schritte in der App oder im Browser, Texte zum Verwenden und was ein Widerspruch abdeckt.',
  intro:
    'Ein Widerspruch ist kostenlos, und Sie müssen keinen Grund angeben. Sie müssen angemeldet sein und Zugriff auf die E-Mail-Adresse Ihres Kontos haben.',
  warning:
    'Nutzen Sie nur die offiziellen Formulare, die auf dieser Seite verlinkt sind. Unser Rat: Geben Sie Ihr Passwort nie in ein Formular ein, das Ihnen jemand per Nachricht oder E-Mail schickt.',
  warningLabel: 'Achtung',
  chooser: {
    heading: 'Ihr Weg zum Widerspruch',
    platformLegend: 'Welches Konto möchten Sie schützen?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Beide',
    },
    wayLegend: 'Wo nutzen Sie Ihr Konto?',
    ways: {
      app: 'In der App auf meinem Smartphone',
      browser: 'In einem Webbrowser',
    },
    ticksNote:
      'Haken Sie jeden Schritt ab, wenn er erledigt ist. Die Häkchen bleiben nur in diesem Browser; es wird nichts gesendet.',
  },
  paths: {
    'facebook-browser': 'Facebook, im Webbrowser',
    'instagram-browser': 'Instagram, im Webbrowser',
    'both-browser': 'Facebook und Instagram, im Webbrowser',
    'facebook-app': 'Facebook, in der App',
    'instagram-app': 'Instagram, in der App',
    'both-app': 'Facebook und Instagram, in den Apps',
  },
  steps: {
    'login-browser':
      'Melden Sie sich in Ihrem Webbrowser bei {platforms} an. Das Formular funktioniert nur, solange Sie angemeldet sind.',
    'app-facebook':
      'Öffnen Sie in der Facebook-App das Menü, dann den Bereich für Einstellungen und Privatsphäre (Settings & privacy) → Einstellungen (Settings) → Datenschutzrichtlinie (Privacy Policy), und tippen Sie auf den Link zum Widerspruch. Metas Widerspruchsformular öffnet sich.',
    'app-instagram':
      'Öffnen Sie in der Instagram-App Ihr Profil, dann das Menü → Einstellungen (Settings) → Infos zur App (About) → Datenschutzrichtlinie (Privacy Policy), und tippen Sie auf den Link zum Widerspruch. Metas Widerspruchsformular öffnet sich.',
    'what-the-form-asks':
      'Das Formular fragt nach dem Land, in dem Sie leben, und nach der E-Mail-Adresse Ihres Kontos. Es hat auch ein Feld für eine Begründung: Laut Datatilsynet müssen Sie keine angeben, Sie können es also leer lassen.',
    'send-form':
      'Öffnen Sie unten das offizielle Formular, füllen Sie es aus und klicken Sie auf „Senden“. Es öffnet sich auf {hosts}.',
    'send-each-form':
      'Öffnen Sie unten die offiziellen Formulare nacheinander, füllen Sie jedes aus und klicken Sie auf „Senden“. Sie öffnen sich auf {hosts}.',
    'send-in-app': 'Tippen Sie am Ende des Formulars auf „Senden“.',
    'send-in-each-app': 'Tippen Sie am Ende jedes Formulars auf „Senden“.',
    'security-code':
      'Meta schickt Ihnen vielleicht einen Sicherheitscode an Ihre E-Mail-Adresse. Geben Sie ihn auf der Formularseite ein.',
    confirmation:
      'Meta bestätigt Ihren Widerspruch per E-Mail; im Test von klicksafe kam die E-Mail wenige Minuten später. Bewahren Sie sie auf: Sie ist Ihr Nachweis.',
  },
  textsLink: 'Texte für das Begründungsfeld',
  checks: {
    'facebook-sent': 'Facebook-Formular gesendet',
    'instagram-sent': 'Instagram-Formular gesendet',
    'confirmation-kept': 'Bestätigungs-E-Mail erhalten und aufbewahrt',
  },
  clearTicks: 'Meine Häkchen löschen',
  appFallback: {
    cannotFind:
      'Sie finden das Menü nicht? Meta verschiebt es immer wieder, und in Ihrer App kann es anders heißen. Nutzen Sie stattdessen das offizielle Formular im Webbrowser:',
    privacyCentre:
      'Ein weiterer Weg in der App: Metas Datenschutzbereich (Privacy Centre) → KI bei Meta (AI at Meta) → einen Widerspruch einreichen.',
  },
  credits:
    'Die Schritte im Formular folgen dem Test von klicksafe vom Juni 2024, in dem klicksafe das Begründungsfeld ausgefüllt hat; dass Sie keinen Grund angeben müssen, sagt Datatilsynet (April 2025). Die Links zu den Formularen hat die Hamburger Datenschutzbehörde im April 2025 genannt. Die Menüwege in den Apps stammen aus Presseberichten und können in Ihrer Version der App anders sein.',
  texts: {
    heading: 'Was Sie schreiben können',
    intro:
      'Sie müssen keinen Grund angeben. Die norwegische Datenschutzbehörde Datatilsynet schreibt: „Sie müssen Ihren Widerspruch nicht begründen“ (eigene Übersetzung). Meta hat erklärt, dass es alle Widersprüche akzeptiert. Wenn Sie etwas schreiben möchten, kopieren Sie einen dieser Texte in das Freitextfeld.',
    copy: 'Text kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren hat nicht geklappt. Markieren Sie den Text und kopieren Sie ihn selbst.',
    items: {
      neutral: {
        title: 'Kurz und sachlich',
        text: 'Ich widerspreche der Verarbeitung meiner personenbezogenen Daten, einschließlich meiner Beiträge, Fotos und Kommentare, für die Entwicklung und Verbesserung von KI bei Meta.',
      },
      copyright: {
        title: 'Mit Verweis auf das Urheberrecht an Ihren Beiträgen',
        text: 'Ich habe das Urheberrecht an den Inhalten, die ich poste, und räume kein Nutzungsrecht für KI-Anwendungen ein.',
        note: 'Angelehnt an die Formulierung, mit der klicksafe in seinem Test Erfolg hatte.',
      },
      personal: {
        title: 'Mit Ihren persönlichen Bedenken',
        text: 'Meine Beiträge und Fotos sind persönlich. Wenn sie einmal für das Training eines KI-Modells verwendet wurden, lassen sie sich nicht wieder herausnehmen. Ich möchte nicht, dass meine personenbezogenen Daten dafür verwendet werden.',
      },
    },
  },
  covers: {
    heading: 'Was ein Widerspruch abdeckt',
    covered: 'Abgedeckt',
    unclear: 'Von Meta genutzt; keine Quelle sagt, dass ein Widerspruch das stoppt',
    notCovered: 'Nicht abgedeckt oder ohnehin nicht genutzt',
    items: {
      'public-content':
        'Ihre öffentlichen Beiträge, Fotos, Bildunterschriften und Kommentare, wenn Sie volljährig sind.',
      'meta-ai-chats':
        'Was Sie in Meta AI, den Chatbot, oder in seine Bildwerkzeuge eingeben: Meta nutzt das in jedem Alter. Unser Rat: Geben Sie dort nichts ein, was nicht genutzt werden soll.',
      'private-messages': 'Private Nachrichten: Laut Meta werden sie für dieses Training nicht verwendet.',
      minors: 'Inhalte von Menschen unter 18: Meta verwendet ihre Beiträge und Fotos nicht für dieses Training.',
      'posts-by-others': 'Beiträge und Fotos, die andere über Sie veröffentlichen: Ihr Widerspruch gilt nicht für sie.',
    },
    accounts:
      'Mehrere Konten: Laut Datatilsynet gilt ein Widerspruch für alle Konten, die in derselben Kontenübersicht (Accounts Centre) verknüpft sind; wer unsicher ist, soll das Formular für Facebook und für Instagram ausfüllen. Unser Rat: Wenn Ihre Konten nicht verknüpft sind, senden Sie das Formular für jedes Konto einmal ab.',
    whatsapp:
      'WhatsApp: Laut Presseberichten werden private Chats nicht verwendet, Nachrichten, die Sie in WhatsApp an Meta AI senden, aber schon. Ein eigenes Widerspruchsformular für WhatsApp ist nicht bekannt.',
    thirdParty:
      'Daten von anderen Unternehmen: Meta nutzt für das Training seiner KI auch Daten, die es von Drittanbietern kauft. Das kann auch Menschen ohne Konto betreffen. Laut der Hamburger Datenschutzbehörde bietet Meta dafür einen eigenen Weg zum Widerspruch an. Einen Link dazu konnten wir nicht bestätigen, deshalb zeigen wir keinen. Einzelheiten finden Sie im Hinweis aus Hamburg.',
    thirdPartyLink: 'Unsere Zusammenfassung des Hamburger Hinweises vom 12. Juni 2024',
  },
  afterDeadline: {
    heading: 'Wenn die Frist abgelaufen ist',
    text: 'Sie können jederzeit widersprechen. Ab dann stoppt Ihr Widerspruch die Nutzung Ihrer öffentlichen Beiträge für Metas KI. Was Meta bereits verwendet hat, lässt sich damit nicht entfernen: Daten, die in ein Modell eingeflossen sind, können nicht wieder herausgenommen werden.',
    earlier: 'Wenn Sie 2024 widersprochen haben, gilt dieser Widerspruch laut Datatilsynet und Meta weiterhin.',
  },
  faq: {
    heading: 'Häufige Fragen',
    items: [
      {
        question: 'Gilt das für mich?',
        answer:
          'Ja, wenn Sie in der EU oder im EWR leben (dazu gehören auch Norwegen, Island und Liechtenstein), mindestens 18 Jahre alt sind und öffentliche Beiträge, Fotos oder Kommentare auf Facebook oder Instagram haben: Dafür gilt Ihr Widerspruch. Meta nutzt auch, was Menschen jeden Alters in Meta AI eingeben; keine Quelle sagt, dass ein Widerspruch das stoppt. Im Vereinigten Königreich gilt bei Meta ein anderes Verfahren.',
      },
      {
        question: 'Ich habe die Frist verpasst. Ist es zu spät?',
        answer:
          'Nein. Sie können jederzeit widersprechen. Ab dann stoppt das die Nutzung Ihrer öffentlichen Beiträge für Metas KI. Was Meta bereits für das Training verwendet hat, lässt sich nicht wieder aus seiner KI entfernen.',
      },
      {
        question: 'Muss ich einen Grund angeben?',
        answer:
          'Nein. Laut Datatilsynet müssen Sie Ihren Widerspruch nicht begründen, Sie können das Freitextfeld also leer lassen. Meta hat erklärt, dass es alle Widersprüche akzeptiert.',
      },
      {
        question: 'Ich habe mehrere Konten. Was mache ich?',
        answer:
          'Laut Datatilsynet gilt ein Widerspruch für die Konten, die in derselben Kontenübersicht (Accounts Centre) verknüpft sind; wenn Sie unsicher sind, rät Datatilsynet, das Formular für Facebook und für Instagram auszufüllen. Unser Rat: Wenn Ihre Konten nicht verknüpft sind, senden Sie das Formular für jedes Konto einmal ab.',
      },
      {
        question: 'Gilt der Widerspruch auch für Fotos meiner Kinder, die ich gepostet habe?',
        answer:
          'Ihr Widerspruch gilt für die öffentlichen Inhalte, die Sie gepostet haben, auch für Fotos Ihrer Kinder. Datatilsynet hat Meta gefragt, ob es seine KI mit Fotos von Kindern trainiert, die Erwachsene posten. Als Datatilsynet seinen Hinweis veröffentlichte, hatte Meta darauf noch nicht geantwortet.',
      },
      {
        question: 'Ich bin unter 18, oder mein Kind ist es. Was gilt?',
        answer:
          'Laut Datatilsynet nutzt Meta für dieses Training nur die öffentlichen Beiträge und Fotos von Nutzerinnen und Nutzern über 18; die eigenen Beiträge Jugendlicher werden also nicht verwendet. Was Menschen in Meta AI eingeben, wird in jedem Alter genutzt, und keine Quelle sagt, dass ein Widerspruch das stoppt. Unser Rat: Geben Sie dort nichts ein, was nicht genutzt werden soll. Fotos von Kindern, die Erwachsene posten, sind eine offene Frage: Datatilsynet hat Meta gefragt, ob es damit trainiert. Eltern, die solche Fotos öffentlich posten, können für ihr eigenes Konto widersprechen.',
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
  },
};
