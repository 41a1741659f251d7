import type { ObjectionGuideContent } from './en';

/** The objection guide in French. */
export const objectionGuideFr: ObjectionGuideContent = {
  title: 'Comment s’opposer, étape par étape',
  description:
    'Opposez-vous à ce que Meta utilise vos publications Facebook et Instagram pour entraîner son IA : les formulaires officiels, chaque étape, des textes à utiliser et ce que couvre une opposition.',
  intro:
    'S’opposer prend environ cinq minutes par plateforme. Il vous faut vos identifiants de connexion et un accès à l’adresse e-mail de votre compte.',
  warning:
    'Utilisez uniquement les formulaires officiels indiqués ici. Meta ne vous demande jamais votre mot de passe dans le formulaire.',
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
    heading: 'Ce que vous pouvez écrire',
    intro:
      'Vous n’avez pas à donner de motif. Datatilsynet, l’autorité norvégienne de protection des données, l’écrit : « Vous n’avez pas à vous justifier » (notre traduction). Meta a déclaré accepter toutes les oppositions. Si vous souhaitez écrire quelque chose, copiez l’un de ces textes dans le champ de texte libre.',
    copy: 'Copier le texte',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Impossible de copier. Sélectionnez le texte et copiez-le vous-même.',
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
    heading: 'Ce que couvre une opposition',
    covered: 'Couvert',
    notCovered: 'Non couvert, ou de toute façon non utilisé',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Plusieurs comptes : selon Datatilsynet, une seule opposition couvre tous les comptes reliés dans le même Espace Comptes. D’autres sources conseillent une opposition par compte. En cas de doute, envoyez les deux formulaires, une fois pour chaque compte.',
    whatsapp:
      'WhatsApp : selon des articles de presse, les discussions privées ne sont pas utilisées, mais les messages que vous envoyez à Meta AI dans WhatsApp le sont. Aucun formulaire d’opposition propre à WhatsApp n’est connu.',
    thirdParty:
      'Données d’autres entreprises : pour entraîner son IA, Meta utilise aussi des données que l’entreprise achète à des tiers. Cela peut concerner des personnes qui n’ont pas de compte. Selon l’autorité de Hamburg, Meta propose une procédure d’opposition distincte pour ces données ; nous n’avons pas pu confirmer de lien vers cette procédure, nous n’en affichons donc pas. Consultez l’avis de Hamburg pour plus de détails.',
    thirdPartyLink: 'Avis de Hamburg du 12 juin 2024',
  },
  afterDeadline: {
    heading: 'Si la date limite est passée',
    text: 'Vous pouvez vous opposer à tout moment. Une opposition exclut de l’entraînement de l’IA de Meta ce que vous publiez à partir de ce moment. Elle ne peut pas retirer ce que Meta a déjà utilisé : les données intégrées à un modèle ne peuvent pas en être retirées.',
    earlier: 'Si vous avez envoyé une opposition en 2024, elle reste valable, selon Datatilsynet et Meta.',
  },
  faq: {
    heading: 'Questions fréquentes',
    items: [
      {
        question: 'Cela me concerne-t-il ?',
        answer:
          'Oui, si vous vivez dans l’UE ou dans l’EEE (qui comprend aussi la Norvège, l’Islande et le Liechtenstein), si vous avez 18 ans ou plus et si vous avez des contenus publics sur Facebook ou Instagram. Au Royaume-Uni, Meta suit une procédure différente.',
      },
      {
        question: 'J’ai manqué la date limite. Est-il trop tard ?',
        answer:
          'Non. Vous pouvez vous opposer à tout moment. Cela protège ce que vous publiez à partir de ce moment. Ce que Meta a déjà utilisé pour l’entraînement ne peut pas être retiré de son IA.',
      },
      {
        question: 'Dois-je donner un motif ?',
        answer:
          'Non. Le champ de texte libre est facultatif. Selon Datatilsynet, vous n’avez pas à justifier votre opposition, et Meta a déclaré accepter toutes les oppositions.',
      },
      {
        question: 'J’ai plusieurs comptes. Que faire ?',
        answer:
          'Selon Datatilsynet, une seule opposition couvre les comptes reliés dans le même Espace Comptes. Si vous ne savez pas si vos comptes sont reliés, envoyez le formulaire pour Facebook et pour Instagram, une fois pour chaque compte.',
      },
      {
        question: 'L’opposition couvre-t-elle les photos de mes enfants que j’ai publiées ?',
        answer:
          'Votre opposition couvre les contenus publics que vous avez publiés, y compris les photos de vos enfants. Datatilsynet a demandé à Meta si l’entreprise entraîne son IA avec des photos d’enfants publiées par des adultes ; Meta n’avait pas répondu quand Datatilsynet a publié son avis.',
      },
      {
        question: 'Et WhatsApp ?',
        answer:
          'Selon des articles de presse, vos discussions privées sur WhatsApp ne sont pas utilisées, mais les messages que vous envoyez à Meta AI dans WhatsApp le sont. Aucun formulaire d’opposition propre à WhatsApp n’est connu. Si vous ne voulez pas que ces messages soient utilisés, ne les envoyez pas à Meta AI.',
      },
      {
        question: 'Je n’ai pas de compte. Meta peut-elle quand même utiliser des données me concernant ?',
        answer:
          'C’est possible. Meta utilise aussi des données achetées à d’autres entreprises, et d’autres personnes peuvent publier des photos de vous. Selon l’autorité de Hamburg, Meta propose une procédure distincte pour s’opposer à l’utilisation de données de tiers ; nous n’avons pas pu confirmer de lien vers cette procédure.',
      },
      {
        question: 'Comment savoir si cela a fonctionné ?',
        answer:
          'Meta envoie un e-mail de confirmation à l’adresse de votre compte ; lors du test de klicksafe, il est arrivé en quelques minutes. Conservez-le. Si vous ne recevez rien, vérifiez votre dossier de courrier indésirable (spam), puis renvoyez le formulaire.',
      },
      {
        question: 'J’ai envoyé une opposition en 2024. Dois-je recommencer ?',
        answer: 'Non. Datatilsynet et Meta indiquent que les oppositions envoyées en 2024 restent valables.',
      },
    ],
  },
  print: {
    heading: 'Ce guide sur papier',
    qr: 'Scannez le code pour ouvrir ce guide sur un téléphone : {url}',
  },
};
