import type { UiStrings } from './en';

export const fr = {
  'site.name': 'S’opposer à Meta AI',
  'site.tagline': 'Comment empêcher Meta d’entraîner son IA avec vos publications Facebook et Instagram',
  'skip.toContent': 'Aller au contenu principal',
  'nav.label': 'Menu principal',
  'nav.home': 'Accueil',
  'nav.notices': 'Avis des autorités',
  'lang.label': 'Langue',
  'lang.current': '{language} (langue actuelle)',
  'lang.choose': 'Choisissez votre langue',
  'lang.chooseIntro':
    'Ce site explique, en plusieurs langues, comment vous opposer à ce que Meta utilise vos publications pour entraîner son IA.',
  'footer.about':
    'Un site d’information indépendant. Il n’est géré ni par Meta ni par une autorité de protection des données. Chaque date et chaque lien de ce site provient d’une source citée.',
  'footer.privacy': 'Pas de cookies, pas de pistage, aucune requête vers d’autres sites.',
  'footer.licence': 'Code source sous licence MIT.',
  'footer.reviewed': 'Contenu vérifié pour la dernière fois le {date}.',
  'footer.built': 'Page générée le {date}.',
  'external.newTab': '(ouvre un autre site)',

  'home.title': 'Opposez-vous à ce que Meta entraîne son IA avec vos publications',
  'home.description':
    'Meta entraîne son IA avec les publications publiques Facebook et Instagram de l’UE et de l’EEE, sauf si vous vous y opposez. Voyez où en est la situation et comment vous opposer.',
  'home.intro':
    'Meta utilise les publications, photos et commentaires publics des adultes de l’UE et de l’EEE pour entraîner son IA. L’entreprise ne demande pas de consentement : elle invoque un « intérêt légitime ». Vous avez le droit de vous opposer.',
  'home.stepsHeading': 'S’opposer en trois étapes',
  'home.step1': 'Connectez-vous à Facebook ou à Instagram dans votre navigateur.',
  'home.step2':
    'Ouvrez le formulaire d’opposition officiel, choisissez votre pays et saisissez l’adresse e-mail de votre compte. Indiquer un motif est facultatif.',
  'home.step3': 'Envoyez le formulaire et conservez l’e-mail de confirmation que Meta vous envoie.',
  'home.formsHeading': 'Les formulaires officiels',
  'home.noticesHeading': 'Ce qu’ont dit les autorités',
  'home.noticesLink': 'Lire les avis des autorités de protection des données',

  'form.facebook': 'Formulaire d’opposition Facebook',
  'form.instagram': 'Formulaire d’opposition Instagram',
  'form.destination': 'Ouvre {host}',

  'status.heading': 'Où en est-on ?',
  'status.upcoming':
    'Meta prévoit de commencer à entraîner son IA avec vos publications publiques le {date}. Opposez-vous avant cette date pour qu’aucune de vos publications ne soit utilisée.',
  'status.paused':
    'Meta a suspendu son projet le {date}, à la demande de la Commission irlandaise de protection des données (Data Protection Commission).',
  'status.passed':
    'Meta a commencé à entraîner son IA avec les contenus publics Facebook et Instagram de l’UE et de l’EEE le {date}. Vous pouvez encore vous opposer : cela protège ce que vous publiez à partir de ce moment.',

  'round.name': 'Phase {year}',
  'rounds.heading': 'Les deux phases en un coup d’œil',
  'rounds.deadline': 'Date limite : {date}',
  'rounds.paused': 'Suspendue par Meta le {date}',
  'rounds.trainingStart': 'Début de l’entraînement : {date}',
  'rounds.source': 'Source : {source}',

  'state.upcoming': 'En cours',
  'state.urgent': 'Moins de 48 heures restantes',
  'state.passed': 'Date limite dépassée',
  'state.paused': 'En pause',

  'countdown.heading': 'Date limite pour vous opposer',
  'countdown.deadline': 'Opposez-vous au plus tard le {datetime}.',
  'countdown.yourZone': 'Dans votre fuseau horaire ({zone}), c’est le {datetime}.',
  'countdown.asOfBuild': 'État au moment où cette page a été générée ({date}) : {state}.',
  'countdown.passed': 'La date limite est dépassée depuis {elapsed}.',
  'countdown.passedMeaning':
    'Si vous vous opposez maintenant, ce que vous publierez à partir de maintenant ne sera pas utilisé pour l’entraînement. Ce que Meta a déjà utilisé ne peut pas être retiré de son IA.',
  'countdown.paused': 'Meta a suspendu cette phase le {date}, avant la date limite.',
  'countdown.pausedMeaning':
    'Les oppositions envoyées pendant cette phase restent valables, selon Meta et Datatilsynet, l’autorité norvégienne de protection des données.',
  'countdown.announce': 'Il reste {duration} pour vous opposer.',
  'countdown.clockWarning':
    'L’horloge de votre appareil indique le {now}, une date antérieure à la création de cette page ({built}). Si votre horloge est fausse, ces chiffres sont faux eux aussi.',
  'countdown.calendar': 'Ajouter la date limite à votre agenda (fichier .ics)',
  'calendar.summary': 'Dernier jour pour vous opposer à l’entraînement de l’IA de Meta',
  'calendar.description':
    'Opposez-vous avant cette heure sur les formulaires officiels de Facebook et d’Instagram, pour que Meta n’entraîne pas son IA avec vos publications publiques. Guide : {url}',
  'calendar.reminder': 'Rappel : opposez-vous à l’entraînement de l’IA de Meta avant la date limite',

  'notices.title': 'Ce qu’ont dit les autorités de protection des données',
  'notices.description':
    'Résumés des avis de l’autorité de protection des données de Hamburg, de l’autorité norvégienne Datatilsynet et de klicksafe sur l’entraînement de l’IA de Meta.',
  'notices.intro':
    'Des autorités de protection des données et des services de sécurité en ligne ont expliqué comment s’opposer, et pourquoi. Voici ce que dit chaque avis, avec nos propres mots et un lien vers l’original.',
  'notice.authority': 'Autorité',
  'notice.published': 'Date de publication',
  'notice.round': 'Phase',
  'notice.source': 'Original',
  'notice.sourceLink': 'Lire l’avis original',
  'notice.sourceHome': 'Publié sur {host}',
  'notice.sourceLanguage': 'Langue de l’original : {language}',
  'notice.ourSummary': 'Ceci est notre résumé, pas le texte de l’autorité elle-même.',
  'notice.backToList': 'Tous les avis',
  'notice.objectCta': 'Vous opposer maintenant sur les formulaires officiels',

  'nav.guide': 'Comment s’opposer',
  'nav.timeline': 'Chronologie',
  'home.guideLink': 'Lire le guide complet : chaque étape, des textes à utiliser et ce que couvre une opposition',
  'notice.guideLink': 'Comment s’opposer, étape par étape',
  'timeline.title': 'Ce qui s’est passé, et quand',
  'timeline.description':
    'Les dates des projets de Meta d’entraîner son IA avec des publications de l’UE et de l’EEE, de la première annonce en 2024 au début de l’entraînement en 2025, chacune avec sa source.',
  'timeline.intro': 'Chaque date de cette page provient d’une autorité, d’un tribunal ou d’une autre source citée.',
  'timeline.deadline': 'Date limite',
  'timeline.notice': 'Notre résumé de cet avis',

  'footer.embed': 'Afficher le compte à rebours sur votre site',
  'footer.feed': 'Fil d’actualité (RSS)',
  'footer.translations': 'État des traductions',

  'embed.title': 'Afficher le compte à rebours sur votre site',
  'embed.description':
    'Un widget de compte à rebours gratuit pour les sites partenaires : sans cookies, sans pistage, dans toutes les langues de ce site. Choisissez son apparence, copiez le code, collez-le dans votre page.',
  'embed.intro':
    'Associations de consommateurs, ONG, blogs et autorités peuvent afficher notre compte à rebours sur leurs propres pages. Il se met à jour tout seul : une fois la date limite passée, chaque copie du widget indique ce que permet encore une opposition.',
  'embed.optionsHeading': 'Choisissez son apparence',
  'embed.language': 'Langue',
  'embed.theme': 'Couleurs',
  'embed.themeAuto': 'Selon l’appareil de l’internaute',
  'embed.themeLight': 'Clair',
  'embed.themeDark': 'Sombre',
  'embed.size': 'Taille',
  'embed.sizeFull': 'Complet : chiffres et explications',
  'embed.sizeCompact': 'Compact : l’essentiel',
  'embed.previewHeading': 'Aperçu',
  'embed.iframeHeading': 'Intégrer avec une iframe : fonctionne partout',
  'embed.iframeNote':
    'Utilisez cette option si votre site n’autorise pas les scripts, ce qui est le cas de nombreux systèmes de gestion de contenu.',
  'embed.scriptHeading': 'Intégrer avec un script : ajuste sa hauteur',
  'embed.scriptNote':
    'Le script transforme le lien en widget et maintient sa hauteur correcte. Sans JavaScript, vos lecteurs voient le lien.',
  'embed.copy': 'Copier le code',
  'embed.copied': 'Code copié dans le presse-papiers.',
  'embed.copyFailed': 'Impossible de copier. Sélectionnez le code et copiez-le vous-même.',
  'embed.privacyHeading': 'Confidentialité',
  'embed.privacy':
    'Le widget ne dépose aucun cookie, n’enregistre rien dans le navigateur, ne piste personne et n’envoie aucune requête à un autre serveur. Il s’exécute dans un cadre isolé (sandbox) qui ne peut pas lire votre page.',
  'embed.licenceHeading': 'Licence',
  'embed.licence':
    'Vous pouvez utiliser le widget gratuitement sur n’importe quel site. Son code est sous licence MIT.',
  'widget.title': 'Compte à rebours : s’opposer à l’entraînement de l’IA de Meta',
  'widget.more': 'Comment s’opposer',

  'share.heading': 'Partager cette page',
  'share.native': 'Partager…',
  'share.copyLink': 'Copier le lien',
  'share.copied': 'Lien copié.',
  'share.copyFailed': 'Impossible de copier. Copiez l’adresse depuis la barre d’adresse de votre navigateur.',
  'share.email': 'E-mail',
  'share.mastodonServer': 'Votre serveur Mastodon',
  'share.mastodonHint': 'Par exemple mastodon.social. Il est mémorisé dans ce navigateur uniquement.',
  'share.mastodonGo': 'Partager sur Mastodon',
  'share.mastodonInvalid': 'Saisissez un nom de serveur, par exemple mastodon.social.',
  'share.textUpcoming':
    'Opposez-vous avant le {date} pour que Meta n’entraîne pas son IA avec vos publications Facebook et Instagram. Voici comment faire :',
  'share.textPassed':
    'Meta entraîne son IA avec les publications publiques Facebook et Instagram. Vous pouvez encore vous opposer : cela protège ce que vous publiez à partir de maintenant. Voici comment faire :',
  'share.textPaused':
    'Meta a suspendu son projet d’entraîner une IA avec les publications Facebook et Instagram. Voici comment vous opposer, au cas où le projet reprendrait :',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site} : actualités',
  'feed.description':
    'Nouveaux avis des autorités de protection des données et changements dans l’état de l’entraînement de l’IA de Meta.',
  'feed.roundAnnounced':
    'Phase {year} : Meta annonce l’entraînement de son IA avec vos publications ; opposez-vous avant le {date}',
  'feed.roundPaused': 'Phase {year} : Meta suspend son projet',
  'feed.roundStarted': 'Phase {year} : Meta a commencé à entraîner son IA',

  'translations.title': 'État des traductions',
  'translations.description':
    'Quelles pages de ce site sont traduites dans quelle langue, et lesquelles s’affichent en anglais pour l’instant.',
  'translations.intro':
    'Chaque page existe dans chaque langue. Quand un avis n’est pas encore traduit, sa page affiche le texte anglais avec une note en haut.',
  'translations.language': 'Langue',
  'translations.translated': 'Traduit',
  'translations.fallback': 'En anglais pour l’instant',
  'translations.page': 'Page',
  'fallback.notice': 'Ce texte n’est pas encore traduit en {language}. Vous lisez la version anglaise.',

  'notFound.title': 'Page introuvable',
  'notFound.description': 'Cette page n’existe pas.',
  'notFound.body':
    'Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
  'notFound.home': 'Aller à la page d’accueil',
} as const satisfies UiStrings;
