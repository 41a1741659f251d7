import type { UiStrings } from './en';

export const es = {
  'site.name': 'Oponerse a Meta AI',
  'site.tagline': 'Cómo impedir que Meta entrene su IA con sus publicaciones de Facebook e Instagram',
  'skip.toContent': 'Saltar al contenido principal',
  'nav.label': 'Menú principal',
  'nav.home': 'Inicio',
  'nav.notices': 'Avisos de las autoridades',
  'lang.label': 'Idioma',
  'lang.current': '{language} (idioma actual)',
  'lang.choose': 'Elija su idioma',
  'lang.chooseIntro':
    'Este sitio explica, en varios idiomas, cómo oponerse a que Meta use sus publicaciones para entrenar su IA.',
  'footer.about':
    'Un sitio informativo independiente. No lo gestiona Meta ni ninguna autoridad de protección de datos. Cada fecha y cada enlace que aparece en él procede de una fuente identificada.',
  'footer.privacy': 'Sin cookies, sin rastreo, sin solicitudes a otros sitios web.',
  'footer.licence': 'Código fuente con licencia MIT.',
  'footer.reviewed': 'Contenido revisado por última vez el {date}.',
  'footer.built': 'Página generada el {date}.',
  'external.newTab': '(abre otro sitio web)',

  'home.title': 'Oponerse a que Meta entrene su IA con sus publicaciones',
  'home.description':
    'Meta entrena su IA con publicaciones públicas de Facebook e Instagram de la UE y el EEE, salvo que usted se oponga. Consulte la situación actual y cómo oponerse.',
  'home.intro':
    'Meta usa las publicaciones, fotos y comentarios públicos de personas adultas de la UE y el EEE para entrenar su IA. No pide consentimiento: se ampara en el “interés legítimo”. Usted tiene derecho a oponerse.',
  'home.stepsHeading': 'Oponerse en tres pasos',
  'home.step1': 'Inicie sesión en Facebook o Instagram en su navegador.',
  'home.step2':
    'Abra el formulario oficial de oposición, elija su país e introduzca la dirección de correo electrónico de su cuenta. Indicar un motivo es opcional.',
  'home.step3': 'Envíe el formulario y guarde el correo electrónico de confirmación que Meta le envía.',
  'home.formsHeading': 'Los formularios oficiales',
  'home.noticesHeading': 'Qué dijeron las autoridades',
  'home.noticesLink': 'Leer los avisos de las autoridades de protección de datos',

  'form.facebook': 'Formulario de oposición de Facebook',
  'form.instagram': 'Formulario de oposición de Instagram',
  'form.destination': 'Abre {host}',

  'status.heading': 'Situación actual',
  'status.upcoming':
    'Meta prevé empezar a entrenar su IA con sus publicaciones públicas el {date}. Opóngase antes de esa fecha para que no se use ninguna de sus publicaciones.',
  'status.paused':
    'Meta suspendió su plan el {date}, después de que la Comisión de Protección de Datos de Irlanda (Data Protection Commission) se lo pidiera.',
  'status.passed':
    'Meta empezó a entrenar su IA con contenido público de Facebook e Instagram de la UE y el EEE el {date}. Todavía puede oponerse: así protege lo que publique a partir de ese momento.',

  'round.name': 'Fase {year}',
  'rounds.heading': 'Las dos fases de un vistazo',
  'rounds.deadline': 'Fecha límite: {date}',
  'rounds.paused': 'Suspendida por Meta el {date}',
  'rounds.trainingStart': 'El entrenamiento empezó el {date}',
  'rounds.source': 'Fuente: {source}',

  'state.upcoming': 'En curso',
  'state.urgent': 'Quedan menos de 48 horas',
  'state.passed': 'Plazo vencido',
  'state.paused': 'En pausa',

  'countdown.heading': 'Plazo para oponerse',
  'countdown.deadline': 'Opóngase a más tardar el {datetime}.',
  'countdown.yourZone': 'En su zona horaria ({zone}), eso corresponde al {datetime}.',
  'countdown.asOfBuild': 'Estado cuando se generó esta página ({date}): {state}.',
  'countdown.passed': 'El plazo venció hace {elapsed}.',
  'countdown.passedMeaning':
    'Si se opone ahora, lo que publique a partir de ahora quedará fuera del entrenamiento. Lo que Meta ya ha usado no se puede retirar de su IA.',
  'countdown.paused': 'Meta suspendió esta fase el {date}, antes de que venciera el plazo.',
  'countdown.pausedMeaning':
    'Las oposiciones enviadas durante esta fase siguen siendo válidas, según Meta y Datatilsynet, la autoridad noruega de protección de datos.',
  'countdown.announce': 'Tiempo restante para oponerse: {duration}.',
  'countdown.clockWarning':
    'El reloj de su dispositivo indica el {now}, una fecha anterior a la creación de esta página ({built}). Si su reloj no está en hora, estas cifras tampoco son correctas.',
  'countdown.calendar': 'Añadir el plazo a su calendario (archivo .ics)',
  'calendar.summary': 'Último día para oponerse al entrenamiento de la IA de Meta',
  'calendar.description':
    'Opóngase antes de esta hora en los formularios oficiales de Facebook e Instagram para que Meta no entrene su IA con sus publicaciones públicas. Guía: {url}',
  'calendar.reminder': 'Recordatorio: oponerse al entrenamiento de la IA de Meta antes de que venza el plazo',

  'notices.title': 'Qué dijeron las autoridades de protección de datos',
  'notices.description':
    'Resúmenes de los avisos de la autoridad de protección de datos de Hamburg, de la autoridad noruega Datatilsynet y de klicksafe sobre el entrenamiento de la IA de Meta.',
  'notices.intro':
    'Autoridades de protección de datos y servicios de seguridad en internet explicaron cómo oponerse y por qué. Aquí tiene lo que dice cada aviso, con nuestras propias palabras y un enlace al original.',
  'notice.authority': 'Autoridad',
  'notice.published': 'Fecha de publicación',
  'notice.round': 'Fase',
  'notice.source': 'Original',
  'notice.sourceLink': 'Leer el aviso original',
  'notice.sourceHome': 'Publicado en {host}',
  'notice.sourceLanguage': 'Idioma del original: {language}',
  'notice.ourSummary': 'Este es nuestro resumen, no el texto de la propia autoridad.',
  'notice.backToList': 'Todos los avisos',
  'notice.objectCta': 'Oponerse ahora en los formularios oficiales',

  'nav.guide': 'Cómo oponerse',
  'nav.timeline': 'Cronología',
  'home.guideLink': 'Leer la guía completa: cada paso, textos que puede usar y qué cubre una oposición',
  'notice.guideLink': 'Cómo oponerse, paso a paso',
  'timeline.title': 'Qué pasó y cuándo',
  'timeline.description':
    'Las fechas de los planes de Meta para entrenar su IA con publicaciones de la UE y el EEE, desde el primer anuncio en 2024 hasta el inicio del entrenamiento en 2025, cada una con su fuente.',
  'timeline.intro': 'Cada fecha de esta página procede de una autoridad, un tribunal u otra fuente identificada.',
  'timeline.deadline': 'Fecha límite',
  'timeline.notice': 'Nuestro resumen de este aviso',

  'footer.embed': 'Ponga la cuenta atrás en su sitio web',
  'footer.feed': 'Canal de noticias (RSS)',
  'footer.translations': 'Estado de las traducciones',

  'embed.title': 'Ponga la cuenta atrás en su sitio web',
  'embed.description':
    'Un widget gratuito de cuenta atrás para sitios colaboradores: sin cookies, sin rastreo, en todos los idiomas de este sitio. Elija su aspecto, copie el código y péguelo en su página.',
  'embed.intro':
    'Organizaciones de consumidores, ONG, blogs y autoridades pueden mostrar nuestra cuenta atrás en sus propias páginas. Se actualiza sola: cuando vence el plazo, cada copia del widget explica lo que todavía consigue una oposición.',
  'embed.optionsHeading': 'Elija su aspecto',
  'embed.language': 'Idioma',
  'embed.theme': 'Colores',
  'embed.themeAuto': 'Según el dispositivo de quien lo vea',
  'embed.themeLight': 'Claro',
  'embed.themeDark': 'Oscuro',
  'embed.size': 'Tamaño',
  'embed.sizeFull': 'Completo: cifras y explicación',
  'embed.sizeCompact': 'Compacto: lo esencial',
  'embed.previewHeading': 'Vista previa',
  'embed.iframeHeading': 'Insertar con un iframe: funciona en todas partes',
  'embed.iframeNote':
    'Use esta opción si su sitio web no permite scripts, como ocurre con muchos gestores de contenidos.',
  'embed.scriptHeading': 'Insertar con un script: ajusta su altura',
  'embed.scriptNote':
    'El script convierte el enlace en el widget y mantiene su altura correcta. Sin JavaScript, sus lectores ven el enlace.',
  'embed.copy': 'Copiar código',
  'embed.copied': 'Código copiado en el portapapeles.',
  'embed.copyFailed': 'No se ha podido copiar. Seleccione el código y cópielo manualmente.',
  'embed.privacyHeading': 'Privacidad',
  'embed.privacy':
    'El widget no instala cookies, no guarda nada en el navegador, no rastrea a nadie y no hace ninguna solicitud a otro servidor. Se ejecuta en un marco aislado (sandbox) que no puede leer su página.',
  'embed.licenceHeading': 'Licencia',
  'embed.licence': 'Puede usar el widget en cualquier sitio web, de forma gratuita. Su código tiene licencia MIT.',
  'widget.title': 'Cuenta atrás: oponerse al entrenamiento de la IA de Meta',
  'widget.more': 'Cómo oponerse',

  'share.heading': 'Compartir esta página',
  'share.native': 'Compartir…',
  'share.copyLink': 'Copiar enlace',
  'share.copied': 'Enlace copiado.',
  'share.copyFailed': 'No se ha podido copiar. Copie la dirección desde la barra de direcciones de su navegador.',
  'share.email': 'Correo electrónico',
  'share.mastodonServer': 'Su servidor de Mastodon',
  'share.mastodonHint': 'Por ejemplo, mastodon.social. Solo se recuerda en este navegador.',
  'share.mastodonGo': 'Compartir en Mastodon',
  'share.mastodonInvalid': 'Introduzca un nombre de servidor, como mastodon.social.',
  'share.textUpcoming':
    'Opóngase antes del {date} para que Meta no entrene su IA con sus publicaciones de Facebook e Instagram. Así se hace:',
  'share.textPassed':
    'Meta entrena su IA con publicaciones públicas de Facebook e Instagram. Todavía puede oponerse: así protege lo que publique a partir de ahora. Así se hace:',
  'share.textPaused':
    'Meta ha suspendido su plan de entrenar la IA con publicaciones de Facebook e Instagram. Así puede oponerse, por si el plan se reanuda:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: noticias',
  'feed.description':
    'Nuevos avisos de las autoridades de protección de datos y cambios en la situación del entrenamiento de la IA de Meta.',
  'feed.roundAnnounced':
    'Fase {year}: Meta anuncia que entrenará su IA con sus publicaciones; opóngase antes del {date}',
  'feed.roundPaused': 'Fase {year}: Meta suspende su plan',
  'feed.roundStarted': 'Fase {year}: Meta ha empezado a entrenar su IA',

  'translations.title': 'Estado de las traducciones',
  'translations.description':
    'Qué páginas de este sitio están traducidas a qué idioma y cuáles muestran por ahora el texto en inglés.',
  'translations.intro':
    'Cada página existe en todos los idiomas. Si un aviso aún no está traducido, su página muestra el texto en inglés con una nota al principio.',
  'translations.language': 'Idioma',
  'translations.translated': 'Traducido',
  'translations.fallback': 'En inglés por ahora',
  'translations.page': 'Página',
  'fallback.notice': 'Este texto aún no está traducido al {language}. Está leyendo la versión en inglés.',

  'notFound.title': 'Página no encontrada',
  'notFound.description': 'Esta página no existe.',
  'notFound.body':
    'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga una errata.',
  'notFound.home': 'Ir a la página de inicio',
} as const satisfies UiStrings;
