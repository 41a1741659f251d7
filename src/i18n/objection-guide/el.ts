import type { ObjectionGuideContent } from './en';

/** The objection guide in Greek. */
export const objectionGuideEl: ObjectionGuideContent = {
  title: 'Πώς να αντιταχθείτε, βήμα προς βήμα',
  description:
    'Αντιταχθείτε στη χρήση των αναρτήσεών σας στο Facebook και στο Instagram από τη Meta για την εκπαίδευση της ΤΝ της: οι επίσημες φόρμες, κάθε βήμα, κείμενα που μπορείτε να χρησιμοποιήσετε και τι καλύπτει μια αντίρρηση.',
  intro:
    'Η αντίρρηση χρειάζεται περίπου πέντε λεπτά για κάθε πλατφόρμα. Χρειάζεστε τα στοιχεία σύνδεσής σας και πρόσβαση στη διεύθυνση email του λογαριασμού σας.',
  warning:
    'Χρησιμοποιείτε μόνο τις επίσημες φόρμες με τους συνδέσμους που δίνουμε εδώ. Η Meta δεν ζητά ποτέ τον κωδικό πρόσβασής σας στη φόρμα.',
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
    heading: 'Τι μπορείτε να γράψετε',
    intro:
      'Δεν χρειάζεται να δώσετε αιτιολογία. Η νορβηγική αρχή προστασίας δεδομένων Datatilsynet λέει: «Δεν χρειάζεται να αιτιολογήσετε την αντίρρησή σας» (δική μας μετάφραση). Η Meta δήλωσε ότι δέχεται όλες τις αντιρρήσεις. Αν θέλετε να γράψετε κάτι, αντιγράψτε ένα από αυτά τα κείμενα στο πεδίο ελεύθερου κειμένου.',
    copy: 'Αντιγραφή κειμένου',
    copied: 'Αντιγράφηκε στο πρόχειρο.',
    copyFailed: 'Η αντιγραφή δεν ήταν δυνατή. Επιλέξτε το κείμενο και αντιγράψτε το μόνοι σας.',
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
    heading: 'Τι καλύπτει μια αντίρρηση',
    covered: 'Καλύπτεται',
    notCovered: 'Δεν καλύπτεται ή δεν χρησιμοποιείται ούτως ή άλλως',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Περισσότεροι λογαριασμοί: η Datatilsynet λέει ότι μία αντίρρηση καλύπτει όλους τους λογαριασμούς που είναι συνδεδεμένοι στο ίδιο Κέντρο λογαριασμών. Άλλες πηγές συνιστούν μία αντίρρηση για κάθε λογαριασμό. Αν δεν είστε βέβαιοι, στείλτε και τις δύο φόρμες, μία φορά για κάθε λογαριασμό.',
    whatsapp:
      'WhatsApp: σύμφωνα με δημοσιεύματα του Τύπου, οι ιδιωτικές συνομιλίες δεν χρησιμοποιούνται, αλλά τα μηνύματα που στέλνετε στο Meta AI μέσα στο WhatsApp χρησιμοποιούνται. Δεν είναι γνωστή ξεχωριστή φόρμα αντίρρησης για το WhatsApp.',
    thirdParty:
      'Δεδομένα από άλλες εταιρείες: η Meta χρησιμοποιεί επίσης δεδομένα που αγοράζει από τρίτους για να εκπαιδεύσει την ΤΝ της. Αυτό μπορεί να αφορά και άτομα χωρίς λογαριασμό. Η αρχή του Αμβούργου λέει ότι η Meta προσφέρει ξεχωριστό τρόπο αντίρρησης για αυτά τα δεδομένα. Δεν μπορέσαμε να επιβεβαιώσουμε σύνδεσμο προς αυτόν, γι’ αυτό δεν δείχνουμε κανέναν. Για λεπτομέρειες, διαβάστε την ανακοίνωση του Αμβούργου.',
    thirdPartyLink: 'Ανακοίνωση του Αμβούργου της 12ης Ιουνίου 2024',
  },
  afterDeadline: {
    heading: 'Αν η προθεσμία έχει λήξει',
    text: 'Μπορείτε να αντιταχθείτε οποιαδήποτε στιγμή. Μια αντίρρηση κρατά ό,τι δημοσιεύετε από εκείνη τη στιγμή και μετά εκτός της εκπαίδευσης ΤΝ της Meta. Δεν μπορεί να αφαιρέσει ό,τι έχει ήδη χρησιμοποιήσει η Meta: τα δεδομένα που μπήκαν σε ένα μοντέλο δεν μπορούν να αφαιρεθούν ξανά.',
    earlier: 'Αν υποβάλατε αντίρρηση το 2024, αυτή εξακολουθεί να ισχύει, σύμφωνα με τη Datatilsynet και τη Meta.',
  },
  faq: {
    heading: 'Συχνές ερωτήσεις',
    items: [
      {
        question: 'Με αφορά αυτό;',
        answer:
          'Ναι, αν ζείτε στην ΕΕ ή στον ΕΟΧ (σε αυτόν ανήκουν και η Νορβηγία, η Ισλανδία και το Λιχτενστάιν), είστε 18 ετών και άνω και έχετε δημόσιο περιεχόμενο στο Facebook ή στο Instagram. Στο Ηνωμένο Βασίλειο η Meta ακολουθεί διαφορετική διαδικασία.',
      },
      {
        question: 'Έχασα την προθεσμία. Είναι πολύ αργά;',
        answer:
          'Όχι. Μπορείτε να αντιταχθείτε οποιαδήποτε στιγμή. Έτσι προστατεύεται ό,τι δημοσιεύετε από εκείνη τη στιγμή και μετά. Ό,τι έχει ήδη χρησιμοποιήσει η Meta για την εκπαίδευση δεν μπορεί να αφαιρεθεί από την ΤΝ της.',
      },
      {
        question: 'Πρέπει να δώσω αιτιολογία;',
        answer:
          'Όχι. Το πεδίο ελεύθερου κειμένου είναι προαιρετικό. Η Datatilsynet λέει ότι δεν χρειάζεται να αιτιολογήσετε την αντίρρησή σας, και η Meta δήλωσε ότι δέχεται όλες τις αντιρρήσεις.',
      },
      {
        question: 'Έχω περισσότερους λογαριασμούς. Τι κάνω;',
        answer:
          'Η Datatilsynet λέει ότι μία αντίρρηση καλύπτει τους λογαριασμούς που είναι συνδεδεμένοι στο ίδιο Κέντρο λογαριασμών. Αν δεν είστε βέβαιοι ότι οι λογαριασμοί σας είναι συνδεδεμένοι, στείλτε τη φόρμα για το Facebook και για το Instagram, μία φορά για κάθε λογαριασμό.',
      },
      {
        question: 'Καλύπτει φωτογραφίες των παιδιών μου που ανάρτησα;',
        answer:
          'Η αντίρρησή σας καλύπτει το δημόσιο περιεχόμενο που αναρτήσατε, μαζί με τις φωτογραφίες των παιδιών σας. Η Datatilsynet ρώτησε τη Meta αν εκπαιδεύει την ΤΝ της με φωτογραφίες παιδιών που αναρτούν ενήλικοι. Η Meta δεν είχε απαντήσει όταν η Datatilsynet δημοσίευσε την ανακοίνωσή της.',
      },
      {
        question: 'Τι ισχύει για το WhatsApp;',
        answer:
          'Σύμφωνα με δημοσιεύματα του Τύπου, οι ιδιωτικές σας συνομιλίες στο WhatsApp δεν χρησιμοποιούνται, αλλά τα μηνύματα που στέλνετε στο Meta AI μέσα στο WhatsApp χρησιμοποιούνται. Δεν είναι γνωστή ξεχωριστή φόρμα αντίρρησης για το WhatsApp. Αν δεν θέλετε να χρησιμοποιηθούν αυτά τα μηνύματα, μην τα στέλνετε στο Meta AI.',
      },
      {
        question: 'Δεν έχω λογαριασμό. Μπορεί η Meta να χρησιμοποιεί παρ’ όλα αυτά δεδομένα για μένα;',
        answer:
          'Ενδεχομένως. Η Meta χρησιμοποιεί επίσης δεδομένα που αγοράζει από άλλες εταιρείες, και άλλοι μπορεί να αναρτούν φωτογραφίες σας. Η αρχή του Αμβούργου λέει ότι η Meta προσφέρει ξεχωριστό τρόπο αντίρρησης στη χρήση δεδομένων από τρίτους. Δεν μπορέσαμε να επιβεβαιώσουμε σύνδεσμο προς αυτόν.',
      },
      {
        question: 'Πώς ξέρω ότι πέτυχε;',
        answer:
          'Η Meta στέλνει email επιβεβαίωσης στη διεύθυνση του λογαριασμού σας. Στη δοκιμή του klicksafe έφτασε μέσα σε λίγα λεπτά. Κρατήστε το. Αν δεν λάβετε τίποτα, ελέγξτε τον φάκελο ανεπιθύμητης αλληλογραφίας και μετά στείλτε ξανά τη φόρμα.',
      },
      {
        question: 'Υπέβαλα αντίρρηση το 2024. Πρέπει να το κάνω ξανά;',
        answer:
          'Όχι. Η Datatilsynet και η Meta λένε ότι οι αντιρρήσεις που υποβλήθηκαν το 2024 εξακολουθούν να ισχύουν.',
      },
    ],
  },
  print: {
    heading: 'Αυτός ο οδηγός σε χαρτί',
    qr: 'Σαρώστε τον κωδικό για να ανοίξετε αυτόν τον οδηγό σε κινητό: {url}',
  },
};
