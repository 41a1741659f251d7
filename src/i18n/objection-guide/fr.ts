import type { ObjectionGuideContent } from './en';

/** The objection guide in French. */
export const objectionGuideFr: ObjectionGuideContent = {
  title: 'Comment s’opposer, étape par étape',
  description:
    'Opposez-vous à ce que Meta utilise vos publications Facebook et Instagram pour entraîner son IA : les formulaires officiels, les étapes dans l’application ou dans un navigateur, des textes à utiliser et ce que couvre une opposition.',
  intro:
    'S’opposer est gratuit et vous n’avez pas à donner de motif. Vous devez vous connecter à votre compte et avoir accès à l’adresse e-mail de ce compte.',
  warning:
    'Utilisez uniquement les formulaires officiels indiqués sur cette page. Notre conseil : ne saisissez jamais votre mot de passe dans un formulaire que quelqu’un vous envoie par message ou par e-mail.',
  warningLabel: 'Attention',
  chooser: {
    heading: 'Votre façon de vous opposer',
    platformLegend: 'Quel compte voulez-vous protéger ?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Les deux',
    },
    wayLegend: 'Où l’utilisez-vous ?',
    ways: {
      app: 'Dans l’application sur mon téléphone',
      browser: 'Dans un navigateur web',
    },
    ticksNote:
      'Cochez chaque étape une fois terminée. Les coches restent uniquement dans ce navigateur ; rien n’est envoyé nulle part.',
  },
  paths: {
    'facebook-browser': 'Facebook, dans un navigateur web',
    'instagram-browser': 'Instagram, dans un navigateur web',
    'both-browser': 'Facebook et Instagram, dans un navigateur web',
    'facebook-app': 'Facebook, dans l’application',
    'instagram-app': 'Instagram, dans l’application',
    'both-app': 'Facebook et Instagram, dans les applications',
  },
  steps: {
    'login-browser':
      'Connectez-vous à {platforms} dans votre navigateur web. Le formulaire ne fonctionne que si votre session est ouverte.',
    'app-facebook':
      'Dans l’application Facebook, ouvrez le menu, puis les paramètres et la confidentialité (Settings & privacy) → les paramètres (Settings) → la politique de confidentialité (Privacy Policy), et touchez le lien pour vous opposer. Le formulaire d’opposition de Meta s’ouvre.',
    'app-instagram':
      'Dans l’application Instagram, ouvrez votre profil, puis le menu → les paramètres (Settings) → la rubrique d’informations (About) → la politique de confidentialité (Privacy Policy), et touchez le lien pour vous opposer. Le formulaire d’opposition de Meta s’ouvre.',
    'what-the-form-asks':
      'Le formulaire demande votre pays de résidence et l’adresse e-mail de votre compte. Il comporte aussi un champ pour le motif : selon Datatilsynet, vous n’avez pas à en donner, vous pouvez donc le laisser vide.',
    'send-form':
      'Ouvrez le formulaire officiel ci-dessous, remplissez-le et appuyez sur le bouton d’envoi. Il s’ouvre sur {hosts}.',
    'send-each-form':
      'Ouvrez les formulaires officiels ci-dessous l’un après l’autre, remplissez chacun d’eux et appuyez sur le bouton d’envoi. Ils s’ouvrent sur {hosts}.',
    'send-in-app': 'Appuyez sur le bouton d’envoi à la fin du formulaire.',
    'send-in-each-app': 'Appuyez sur le bouton d’envoi à la fin de chaque formulaire.',
    'security-code':
      'Meta peut envoyer un code de sécurité à votre adresse e-mail. Saisissez-le sur la page du formulaire.',
    confirmation:
      'Meta confirme votre opposition par e-mail ; lors du test de klicksafe, l’e-mail est arrivé quelques minutes plus tard. Conservez-le : c’est votre preuve.',
  },
  textsLink: 'Des textes à utiliser dans le champ du motif',
  checks: {
    'facebook-sent': 'Formulaire Facebook envoyé',
    'instagram-sent': 'Formulaire Instagram envoyé',
    'confirmation-kept': 'E-mail de confirmation reçu et conservé',
  },
  clearTicks: 'Effacer mes coches',
  appFallback: {
    cannotFind:
      'Vous ne trouvez pas le menu ? Meta le déplace de temps en temps, et il peut porter d’autres noms dans votre application. Utilisez plutôt le formulaire officiel dans un navigateur web :',
    privacyCentre:
      'Autre possibilité dans l’application : le centre de confidentialité de Meta (Privacy Centre) → la rubrique sur l’IA chez Meta (AI at Meta) → la demande d’opposition (submit an objection request).',
  },
  credits:
    'Les étapes du formulaire suivent le test de klicksafe de juin 2024, dans lequel klicksafe a rempli le champ du motif ; le fait que vous n’ayez pas à donner de motif vient de Datatilsynet (avril 2025). Les liens vers les formulaires sont ceux que l’autorité de Hambourg a indiqués en avril 2025 ; les chemins dans les menus des applications proviennent d’articles de presse et peuvent être différents dans votre version de l’application.',
  texts: {
    heading: 'Ce que vous pouvez écrire',
    intro:
      'Vous n’avez pas à donner de motif. Datatilsynet, l’autorité norvégienne de protection des données, l’écrit : « Vous n’avez pas à vous justifier » (notre traduction), et Meta a déclaré accepter toutes les oppositions. Si vous souhaitez écrire quelque chose, copiez l’un de ces textes dans le champ de texte libre.',
    copy: 'Copier le texte',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Impossible de copier. Sélectionnez le texte et copiez-le vous-même.',
    items: {
      neutral: {
        title: 'Court et neutre',
        text: 'Je m’oppose au traitement de mes données à caractère personnel, y compris mes publications, photos et commentaires, aux fins du développement et de l’amélioration de l’intelligence artificielle (IA) chez Meta.',
      },
      copyright: {
        title: 'Sur le droit d’auteur sur vos propres publications',
        text: 'Je suis titulaire du droit d’auteur sur les contenus que je publie et je n’autorise pas leur utilisation pour des applications d’IA.',
        note: 'D’après la formulation que klicksafe a utilisée avec succès lors de son test.',
      },
      personal: {
        title: 'Sur vos préoccupations personnelles',
        text: 'Mes publications et mes photos sont personnelles. Une fois qu’elles ont servi à entraîner un modèle d’IA, elles ne peuvent plus en être retirées. Je ne veux pas que mes données à caractère personnel soient utilisées à cette fin.',
      },
    },
  },
  covers: {
    heading: 'Ce que couvre une opposition',
    covered: 'Couvert',
    unclear: 'Utilisé par Meta ; aucune source ne dit que l’opposition l’arrête',
    notCovered: 'Non couvert, ou de toute façon non utilisé',
    items: {
      'public-content': 'Vos publications, photos, légendes et commentaires publics, si vous avez 18 ans ou plus.',
      'meta-ai-chats':
        'Ce que vous saisissez dans Meta AI, le chatbot, ou dans ses outils d’images : Meta l’utilise quel que soit votre âge. Notre conseil : n’y saisissez rien que vous ne voulez pas voir utilisé.',
      'private-messages': 'Les messages privés : Meta dit ne pas les utiliser pour cet entraînement.',
      minors:
        'Les contenus des moins de 18 ans : Meta n’utilise pas leurs publications ni leurs photos pour cet entraînement.',
      'posts-by-others':
        'Les publications et les photos que d’autres personnes publient à votre sujet : votre opposition ne les couvre pas.',
    },
    accounts:
      'Plusieurs comptes : selon Datatilsynet, une seule opposition couvre tous les comptes reliés dans le même espace de gestion des comptes (Accounts Centre) et, en cas de doute, il faut remplir le formulaire pour Facebook et pour Instagram. Notre conseil : si vos comptes ne sont pas reliés, envoyez le formulaire une fois pour chaque compte.',
    whatsapp:
      'WhatsApp : selon des articles de presse, les discussions privées ne sont pas utilisées, mais les messages que vous envoyez à Meta AI dans WhatsApp le sont. Aucun formulaire d’opposition propre à WhatsApp n’est connu.',
    thirdParty:
      'Données d’autres entreprises : pour entraîner son IA, Meta utilise aussi des données qu’elle achète à des tiers. Cela peut concerner des personnes qui n’ont pas de compte. Selon l’autorité de Hambourg, Meta propose une procédure d’opposition distincte pour ces données ; nous n’avons pas pu confirmer de lien vers cette procédure, nous n’en affichons donc pas. Consultez l’avis de Hambourg pour plus de détails.',
    thirdPartyLink: 'Notre résumé de l’avis de Hambourg du 12 juin 2024',
  },
  afterDeadline: {
    heading: 'Si la date limite est passée',
    text: 'Vous pouvez vous opposer à tout moment. À partir de ce moment, votre opposition empêche Meta d’utiliser vos publications publiques pour son IA. Elle ne peut pas effacer ce que Meta a déjà utilisé : les données intégrées à un modèle ne peuvent pas en être retirées.',
    earlier: 'Si vous avez fait opposition en 2024, cette opposition reste valable, selon Datatilsynet et Meta.',
  },
  faq: {
    heading: 'Questions fréquentes',
    items: [
      {
        question: 'Est-ce que cela me concerne ?',
        answer:
          'Oui, si vous vivez dans l’UE ou dans l’EEE (qui comprend aussi la Norvège, l’Islande et le Liechtenstein), si vous avez 18 ans ou plus et si vous avez des publications, photos ou commentaires publics sur Facebook ou Instagram : c’est ce que couvre votre opposition. Meta utilise aussi ce que des personnes de tout âge saisissent dans Meta AI ; aucune source ne dit que l’opposition l’arrête. Au Royaume-Uni, Meta suit une procédure différente.',
      },
      {
        question: 'J’ai manqué la date limite. Est-il trop tard ?',
        answer:
          'Non. Vous pouvez vous opposer à tout moment. À partir de ce moment, cela empêche Meta d’utiliser vos publications publiques pour son IA. Ce que Meta a déjà utilisé pour l’entraînement ne peut pas être retiré de son IA.',
      },
      {
        question: 'Dois-je donner un motif ?',
        answer:
          'Non. Selon Datatilsynet, vous n’avez pas à justifier votre opposition, vous pouvez donc laisser vide le champ de texte libre. Meta a déclaré accepter toutes les oppositions.',
      },
      {
        question: 'J’ai plusieurs comptes. Que faire ?',
        answer:
          'Selon Datatilsynet, une seule opposition couvre les comptes reliés dans le même espace de gestion des comptes (Accounts Centre) ; en cas de doute, elle conseille de remplir le formulaire pour Facebook et pour Instagram. Notre conseil : si vos comptes ne sont pas reliés, envoyez le formulaire une fois pour chaque compte.',
      },
      {
        question: 'L’opposition couvre-t-elle les photos de mes enfants que j’ai publiées ?',
        answer:
          'Votre opposition couvre les contenus publics que vous avez publiés, y compris les photos de vos enfants. Datatilsynet a demandé à Meta si elle entraîne son IA avec des photos d’enfants publiées par des adultes ; Meta n’avait pas répondu quand Datatilsynet a publié son avis.',
      },
      {
        question: 'J’ai moins de 18 ans, ou mon enfant. Qu’est-ce qui s’applique ?',
        answer:
          'Selon Datatilsynet, Meta n’utilise pour cet entraînement que les publications et photos publiques des utilisateurs de plus de 18 ans : les publications des adolescents eux-mêmes ne sont donc pas utilisées. Ce que les gens saisissent dans Meta AI est utilisé quel que soit leur âge, et aucune source ne dit que l’opposition l’arrête : notre conseil est de n’y rien saisir que vous ne voulez pas voir utilisé. Les photos d’enfants publiées par des adultes restent une question ouverte : Datatilsynet a demandé à Meta si elle entraîne son IA avec ces photos. Les parents qui publient de telles photos en public peuvent s’opposer pour leur propre compte.',
      },
      {
        question: 'Et WhatsApp ?',
        answer:
          'Selon des articles de presse, vos discussions privées sur WhatsApp ne sont pas utilisées, mais les messages que vous envoyez à Meta AI dans WhatsApp le sont. Aucun formulaire d’opposition propre à WhatsApp n’est connu. Si vous ne voulez pas que ces messages soient utilisés, ne les envoyez pas à Meta AI.',
      },
      {
        question: 'Je n’ai pas de compte. Meta peut-elle quand même utiliser des données me concernant ?',
        answer:
          'C’est possible. Meta utilise aussi des données achetées à d’autres entreprises, et d’autres personnes peuvent publier des photos de vous. Selon l’autorité de Hambourg, Meta propose une procédure distincte pour s’opposer à l’utilisation de données de tiers ; nous n’avons pas pu confirmer de lien vers cette procédure.',
      },
      {
        question: 'Comment savoir si cela a fonctionné ?',
        answer:
          'Meta envoie un e-mail de confirmation à l’adresse de votre compte ; lors du test de klicksafe, il est arrivé quelques minutes plus tard. Conservez-le. Si vous ne recevez rien, vérifiez votre dossier de courrier indésirable (spam), puis renvoyez le formulaire.',
      },
      {
        question: 'J’ai fait opposition en 2024. Dois-je recommencer ?',
        answer: 'Non. Datatilsynet et Meta indiquent que les oppositions envoyées en 2024 restent valables.',
      },
    ],
  },
  print: {
    heading: 'Ce guide sur papier',
    qr: 'Scannez le code pour ouvrir ce guide sur un téléphone : {url}',
  },
};
