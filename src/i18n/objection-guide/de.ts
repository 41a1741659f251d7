import type { ObjectionGuideContent } from './en';

/** The objection guide in German. */
export const objectionGuideDe: ObjectionGuideContent = {
  title: 'So widersprechen Sie, Schritt für Schritt',
  description:
    'Widersprechen Sie, wenn Meta Ihre Beiträge auf Facebook und Instagram für das Training seiner KI nutzt: die offiziellen Formulare, jeder Schritt, Texte zum Verwenden und was ein Widerspruch abdeckt.',
  intro:
    'Ein Widerspruch dauert etwa fünf Minuten pro Plattform. Sie brauchen Ihre Zugangsdaten und Zugriff auf die E-Mail-Adresse Ihres Kontos.',
  warning:
    'Nutzen Sie nur die offiziellen Formulare, die hier verlinkt sind. Meta fragt im Formular nie nach Ihrem Passwort.',
  warningLabel: 'Warning',
  chooser: {
    heading: 'Your way to object',
    platformLegend: 'Which account do you want to protect?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Both',
    },
    wayLegend: 'Where do you use it?',
    ways: {
      app: 'In the app on my phone',
      browser: 'In a web browser',
    },
    ticksNote: 'Tick each step when it is done. The ticks stay in this browser only; nothing is sent anywhere.',
  },
  paths: {
    'facebook-browser': 'Facebook, in a web browser',
    'instagram-browser': 'Instagram, in a web browser',
    'both-browser': 'Facebook and Instagram, in a web browser',
    'facebook-app': 'Facebook, in the app',
    'instagram-app': 'Instagram, in the app',
    'both-app': 'Facebook and Instagram, in the apps',
  },
  steps: {
    'login-browser': 'Log in to {platforms} in your web browser. The form only works while you are logged in.',
    'app-facebook':
      'In the Facebook app, open the menu, then Settings & privacy → Settings → Privacy Policy, and tap the link to object. Meta’s objection form opens.',
    'app-instagram':
      'In the Instagram app, open your profile, then the menu → Settings → About → Privacy Policy, and tap the link to object. Meta’s objection form opens.',
    'what-the-form-asks':
      'The form asks for the country where you live and the e-mail address of your account. The field for a reason is optional: you may leave it empty.',
    'send-form': 'Open the official form below, fill it in and press “Send”. It opens on {hosts}.',
    'send-each-form':
      'Open the official forms below one after the other, fill in each and press “Send”. They open on {hosts}.',
    'send-in-app': 'Press “Send” at the end of the form.',
    'send-in-each-app': 'Press “Send” at the end of each form.',
    'security-code': 'Meta may send a security code to your e-mail address. Type it into the form page.',
    confirmation:
      'Meta confirms your objection by e-mail; in klicksafe’s test the e-mail arrived a few minutes later. Keep it: it is your proof.',
  },
  textsLink: 'Texts you can use in the reason field',
  checks: {
    'facebook-sent': 'Facebook form sent',
    'instagram-sent': 'Instagram form sent',
    'confirmation-kept': 'Confirmation e-mail received and kept',
  },
  clearTicks: 'Clear my ticks',
  appFallback: {
    cannotFind:
      'Cannot find the menu? Meta moves it from time to time, and it may have other names in your app. Use the official form in a web browser instead:',
    privacyCentre: 'Another way in the app: Meta’s Privacy Centre → AI at Meta → submit an objection request.',
  },
  credits:
    'The form steps are those klicksafe tested in June 2024; the form links are the ones the Hamburg authority gave in April 2025; the menu paths in the apps come from press reports and may differ in your version of the app.',
  texts: {
    heading: 'Was Sie schreiben können',
    intro:
      'Sie müssen keinen Grund angeben. Die norwegische Datenschutzbehörde Datatilsynet schreibt: „Sie müssen Ihren Widerspruch nicht begründen“ (eigene Übersetzung). Meta hat erklärt, dass es alle Widersprüche akzeptiert. Wenn Sie etwas schreiben möchten, kopieren Sie einen dieser Texte in das Freitextfeld.',
    copy: 'Text kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren hat nicht geklappt. Markieren Sie den Text und kopieren Sie ihn selbst.',
    items: {
      neutral: {
        title: 'Short and neutral',
        text: 'I object to the processing of my personal data, including my posts, photos and comments, for the development and improvement of AI at Meta.',
      },
      copyright: {
        title: 'About copyright in your own posts',
        text: 'I hold the copyright to the content I post and I do not give permission to use it for AI applications.',
        note: 'Based on the wording klicksafe used successfully in its test.',
      },
      personal: {
        title: 'About your personal concerns',
        text: 'My posts and photos are personal. Once they are used to train an AI model, they cannot be taken out again. I do not want my personal data to be used for this.',
      },
    },
  },
  covers: {
    heading: 'Was ein Widerspruch abdeckt',
    covered: 'Abgedeckt',
    notCovered: 'Nicht abgedeckt oder ohnehin nicht genutzt',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Mehrere Konten: Laut Datatilsynet gilt ein Widerspruch für alle Konten, die in derselben Kontenübersicht verknüpft sind. Andere Quellen raten zu einem Widerspruch pro Konto. Wenn Sie unsicher sind, senden Sie beide Formulare ab, und zwar für jedes Konto einmal.',
    whatsapp:
      'WhatsApp: Laut Presseberichten werden private Chats nicht verwendet, Nachrichten, die Sie in WhatsApp an Meta AI senden, aber schon. Ein eigenes Widerspruchsformular für WhatsApp ist nicht bekannt.',
    thirdParty:
      'Daten von anderen Unternehmen: Meta nutzt für das Training seiner KI auch Daten, die es von Drittanbietern kauft. Das kann auch Menschen ohne Konto betreffen. Laut der Hamburger Datenschutzbehörde bietet Meta dafür einen eigenen Weg zum Widerspruch an. Einen Link dazu konnten wir nicht bestätigen, deshalb zeigen wir keinen. Einzelheiten finden Sie im Hinweis aus Hamburg.',
    thirdPartyLink: 'Hinweis aus Hamburg vom 12. Juni 2024',
  },
  afterDeadline: {
    heading: 'Wenn die Frist abgelaufen ist',
    text: 'Sie können jederzeit widersprechen. Ein Widerspruch sorgt dafür, dass alles, was Sie ab dann posten, nicht in das KI-Training von Meta einfließt. Was Meta bereits verwendet hat, lässt sich damit nicht entfernen: Daten, die in ein Modell eingeflossen sind, können nicht wieder herausgenommen werden.',
    earlier: 'Wenn Sie 2024 widersprochen haben, gilt dieser Widerspruch laut Datatilsynet und Meta weiterhin.',
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
  },
};
