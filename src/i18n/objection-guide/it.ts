import type { ObjectionGuideContent } from './en';

/** The objection guide in Italian. */
export const objectionGuideIt: ObjectionGuideContent = {
  title: 'Come opporsi, passo dopo passo',
  description:
    'Opporsi all’uso dei propri post di Facebook e Instagram da parte di Meta per l’addestramento dell’IA: i moduli ufficiali, tutti i passaggi, testi pronti da usare e che cosa copre un’opposizione.',
  intro:
    'Per opporsi bastano circa cinque minuti per ogni piattaforma. Servono le credenziali di accesso e l’accesso all’indirizzo email dell’account.',
  warning: 'Usi solo i moduli ufficiali indicati qui. Nel modulo Meta non chiede mai la Sua password.',
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
    heading: 'Che cosa può scrivere',
    intro:
      'Non è necessario indicare un motivo. Datatilsynet, l’autorità norvegese per la protezione dei dati, afferma: “Non deve giustificarsi” (traduzione nostra). Meta ha dichiarato di accettare tutte le opposizioni. Se desidera scrivere qualcosa, copi uno di questi testi nel campo di testo libero.',
    copy: 'Copia testo',
    copied: 'Copiato negli appunti.',
    copyFailed: 'Impossibile copiare. Selezioni il testo e lo copi manualmente.',
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
    heading: 'Che cosa copre un’opposizione',
    covered: 'Coperto',
    notCovered: 'Non coperto, o comunque non usato',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Più account: secondo Datatilsynet, una sola opposizione copre tutti gli account collegati nello stesso Centro gestione account. Altre fonti consigliano un’opposizione per ogni account. In caso di dubbio, invii entrambi i moduli, una volta per ciascun account.',
    whatsapp:
      'WhatsApp: secondo notizie di stampa, le chat private non vengono usate, mentre i messaggi che invia a Meta AI in WhatsApp sì. Non si conosce un modulo di opposizione specifico per WhatsApp.',
    thirdParty:
      'Dati di altre aziende: per addestrare la sua IA, Meta usa anche dati che acquista da terzi. Questo può riguardare anche persone senza account. Secondo l’autorità di Hamburg, Meta offre una procedura di opposizione separata per questi dati; non abbiamo potuto confermare un link a questa procedura, quindi non ne mostriamo nessuno. Per i dettagli, legga la comunicazione di Hamburg.',
    thirdPartyLink: 'Comunicazione di Hamburg del 12 giugno 2024',
  },
  afterDeadline: {
    heading: 'Se la scadenza è passata',
    text: 'Può opporsi in qualsiasi momento. Un’opposizione esclude dall’addestramento dell’IA di Meta ciò che pubblica da quel momento in poi. Non può rimuovere ciò che Meta ha già usato: i dati entrati in un modello non possono esserne tolti.',
    earlier: 'Se ha inviato un’opposizione nel 2024, questa resta valida, secondo Datatilsynet e Meta.',
  },
  faq: {
    heading: 'Domande frequenti',
    items: [
      {
        question: 'Mi riguarda?',
        answer:
          'Sì, se vive nell’UE o nel SEE (che comprende anche Norvegia, Islanda e Liechtenstein), ha almeno 18 anni e ha contenuti pubblici su Facebook o Instagram. Nel Regno Unito Meta segue una procedura diversa.',
      },
      {
        question: 'Ho perso la scadenza. È troppo tardi?',
        answer:
          'No. Può opporsi in qualsiasi momento. L’opposizione protegge ciò che pubblica da quel momento in poi. Ciò che Meta ha già usato per l’addestramento non può essere tolto dalla sua IA.',
      },
      {
        question: 'Devo indicare un motivo?',
        answer:
          'No. Il campo di testo libero è facoltativo. Secondo Datatilsynet non deve giustificare la Sua opposizione, e Meta ha dichiarato di accettare tutte le opposizioni.',
      },
      {
        question: 'Ho più account. Che cosa devo fare?',
        answer:
          'Secondo Datatilsynet, una sola opposizione copre gli account collegati nello stesso Centro gestione account. Se ha dubbi sul fatto che i Suoi account siano collegati, invii il modulo per Facebook e quello per Instagram, una volta per ciascun account.',
      },
      {
        question: 'L’opposizione copre anche le foto dei miei figli che ho pubblicato?',
        answer:
          'La Sua opposizione copre i contenuti pubblici che ha pubblicato, comprese le foto dei Suoi figli. Datatilsynet ha chiesto a Meta se addestra la sua IA con foto di bambini pubblicate da adulti; quando Datatilsynet ha pubblicato la sua comunicazione, Meta non aveva ancora risposto.',
      },
      {
        question: 'E WhatsApp?',
        answer:
          'Secondo notizie di stampa, le Sue chat private di WhatsApp non vengono usate, mentre i messaggi che invia a Meta AI in WhatsApp sì. Non si conosce un modulo di opposizione specifico per WhatsApp. Se non vuole che quei messaggi siano usati, non li invii a Meta AI.',
      },
      {
        question: 'Non ho un account. Meta può comunque usare dati che mi riguardano?',
        answer:
          'È possibile. Meta usa anche dati che acquista da altre aziende, e altre persone possono pubblicare foto in cui compare Lei. Secondo l’autorità di Hamburg, Meta offre una procedura separata per opporsi all’uso di dati di terzi; non abbiamo potuto confermare un link a questa procedura.',
      },
      {
        question: 'Come faccio a sapere se ha funzionato?',
        answer:
          'Meta invia un’email di conferma all’indirizzo del Suo account; nel test di klicksafe è arrivata in pochi minuti. La conservi. Se non arriva nulla, controlli la cartella della posta indesiderata (spam), poi invii di nuovo il modulo.',
      },
      {
        question: 'Ho inviato un’opposizione nel 2024. Devo oppormi di nuovo?',
        answer: 'No. Datatilsynet e Meta affermano che le opposizioni inviate nel 2024 restano valide.',
      },
    ],
  },
  print: {
    heading: 'Questa guida su carta',
    qr: 'Scansioni il codice per aprire questa guida su un telefono: {url}',
  },
};
