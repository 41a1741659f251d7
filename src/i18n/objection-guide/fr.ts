import type { ObjectionGuideContent } from './en';

/** The objection guide in French. */
export const objectionGuideFr: ObjectionGuideContent = {
  title: 'Comment s’opposer, étape par étape',
  description:
    'Opposez-vous à ce que Meta utilise vos publications Facebook et Instagram pour entraîner son IA : les formulaires officiels, chaque étape, des textes à utiliser et ce que couvre une opposition.',
  intro:
    'S’opposer prend environ cinq minutes par plateforme. Il vous faut vos identifiants de connexion et un accès à l’adresse e-mail de votre compte.',
  tocLabel: 'Sur cette page',
  warning:
    'Utilisez uniquement les formulaires officiels indiqués ici. Meta ne vous demande jamais votre mot de passe dans le formulaire.',

  facebook: {
    heading: 'S’opposer sur Facebook',
    steps: [
      'Connectez-vous d’abord à Facebook dans votre navigateur web. Le formulaire ne fonctionne que si votre session est ouverte.',
      'Ouvrez le formulaire d’opposition officiel avec le bouton ci-dessous. Il s’ouvre sur {host}.',
      'Choisissez dans la liste le pays où vous habitez.',
      'Saisissez l’adresse e-mail de votre compte Facebook.',
      'Le champ de texte libre est facultatif : vous pouvez le laisser vide ou y coller l’un des textes ci-dessous.',
      'Cliquez sur « Envoyer ».',
      'Meta peut envoyer un code de sécurité à votre adresse e-mail. Saisissez-le sur la page du formulaire.',
      'Meta confirme votre opposition par e-mail, souvent en quelques minutes. Conservez cet e-mail : c’est votre preuve.',
    ],
  },
  instagram: {
    heading: 'S’opposer sur Instagram',
    steps: [
      'Connectez-vous d’abord à Instagram dans votre navigateur web. Le formulaire ne fonctionne que si votre session est ouverte.',
      'Ouvrez le formulaire d’opposition officiel avec le bouton ci-dessous. Il s’ouvre sur {host}.',
      'Choisissez dans la liste le pays où vous habitez.',
      'Saisissez l’adresse e-mail de votre compte Instagram.',
      'Le champ de texte libre est facultatif : vous pouvez le laisser vide ou y coller l’un des textes ci-dessous.',
      'Cliquez sur « Envoyer ».',
      'Meta peut envoyer un code de sécurité à votre adresse e-mail. Saisissez-le sur la page du formulaire.',
      'Meta confirme votre opposition par e-mail, souvent en quelques minutes. Conservez cet e-mail : c’est votre preuve.',
    ],
  },
  stepsSource: 'Étapes testées par klicksafe et décrites par l’autorité de protection des données de Hamburg.',

  inApp: {
    heading: 'Sur votre téléphone, dans l’application',
    intro:
      'Vous pouvez aussi vous opposer depuis les applications. Meta déplace parfois ces menus ; si vous ne les trouvez pas, utilisez les liens vers les formulaires ci-dessus.',
    facebook:
      'Facebook : Menu → Paramètres et confidentialité → Paramètres → Politique de confidentialité → le lien pour vous opposer.',
    instagram:
      'Instagram : Profil → Menu → Paramètres → À propos → Politique de confidentialité → le lien pour vous opposer.',
    privacyCenter:
      'Autre possibilité : l’Espace confidentialité de Meta → L’IA chez Meta → envoyer une demande d’opposition.',
    source: 'Chemins des menus selon la presse ; ils peuvent être différents dans votre version de l’application.',
  },

  texts: {
    heading: 'Ce que vous pouvez écrire',
    intro:
      'Vous n’avez pas à donner de motif. Datatilsynet, l’autorité norvégienne de protection des données, l’écrit : « Vous n’avez pas à vous justifier » (notre traduction). Meta a déclaré accepter toutes les oppositions. Si vous souhaitez écrire quelque chose, copiez l’un de ces textes dans le champ de texte libre.',
    copy: 'Copier le texte',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'Impossible de copier. Sélectionnez le texte et copiez-le vous-même.',
    items: [
      {
        title: 'Court et neutre',
        text: 'Je m’oppose à l’utilisation de mes données personnelles, y compris mes publications, photos et commentaires, pour le développement et l’amélioration de l’IA chez Meta.',
      },
      {
        title: 'Sur le droit d’auteur sur vos propres publications',
        text: 'Je suis titulaire du droit d’auteur sur les contenus que je publie et je n’autorise pas leur utilisation pour des applications d’IA.',
        note: 'D’après la formulation que klicksafe a utilisée avec succès lors de son test.',
      },
      {
        title: 'Sur vos préoccupations personnelles',
        text: 'Mes publications et mes photos sont personnelles. Une fois utilisées pour entraîner un modèle d’IA, elles ne peuvent plus en être retirées. Je ne veux pas que mes données soient utilisées à cette fin.',
      },
    ],
  },

  covers: {
    heading: 'Ce que couvre une opposition',
    covered: 'Couvert',
    notCovered: 'Non couvert, ou de toute façon non utilisé',
    items: [
      {
        kind: 'covered',
        text: 'Vos publications, photos, légendes et commentaires publics, si vous êtes adulte.',
        source: 'Datatilsynet ; Hamburg',
      },
      {
        kind: 'covered',
        text: 'Ce que vous écrivez à Meta AI, le chatbot, quel que soit votre âge.',
        source: 'Datatilsynet',
      },
      {
        kind: 'notCovered',
        text: 'Les messages privés : Meta affirme ne pas les utiliser pour cet entraînement.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Les comptes des personnes de moins de 18 ans : Meta affirme ne pas utiliser leurs publications.',
        source: 'articles de presse',
      },
      {
        kind: 'notCovered',
        text: 'Les publications et photos que d’autres personnes publient à votre sujet : votre opposition ne les couvre pas.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Plusieurs comptes : selon Datatilsynet, une seule opposition couvre tous les comptes reliés dans le même Espace Comptes. D’autres sources conseillent une opposition par compte. En cas de doute, envoyez les deux formulaires, une fois pour chaque compte.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp : selon des articles de presse, les discussions privées ne sont pas utilisées, mais les messages que vous envoyez à Meta AI dans WhatsApp le sont. Aucun formulaire d’opposition propre à WhatsApp n’est connu.',
    whatsappSource: 'articles de presse',
    thirdParty:
      'Données d’autres entreprises : pour entraîner son IA, Meta utilise aussi des données que l’entreprise achète à des tiers. Cela peut concerner des personnes qui n’ont pas de compte. Selon l’autorité de Hamburg, Meta propose une procédure d’opposition distincte pour ces données ; nous n’avons pas pu confirmer de lien vers cette procédure, nous n’en affichons donc pas. Consultez l’avis de Hamburg pour plus de détails.',
    thirdPartyLink: 'Avis de Hamburg du 12 juin 2024',
    sourceLabel: 'Source : {source}',
  },

  afterDeadline: {
    heading: 'Si la date limite est passée',
    text: 'Vous pouvez vous opposer à tout moment. Une opposition exclut de l’entraînement de l’IA de Meta ce que vous publiez à partir de ce moment. Elle ne peut pas retirer ce que Meta a déjà utilisé : les données intégrées à un modèle ne peuvent pas en être retirées.',
    earlier: 'Si vous avez envoyé une opposition en 2024, elle reste valable, selon Datatilsynet et Meta.',
    source: 'Autorité de protection des données de Hamburg, 15 avril 2025',
  },

  checklist: {
    heading: 'Votre liste de contrôle',
    intro:
      'Cochez ce que vous avez fait. Les coches restent uniquement dans ce navigateur ; rien n’est envoyé nulle part.',
    items: ['Formulaire Facebook envoyé', 'Formulaire Instagram envoyé', 'E-mail de confirmation reçu et conservé'],
    reset: 'Effacer mes coches',
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
    button: 'Imprimer ce guide',
  },
};
