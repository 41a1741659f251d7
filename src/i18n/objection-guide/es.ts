import type { ObjectionGuideContent } from './en';

/** The objection guide in Spanish. */
export const objectionGuideEs: ObjectionGuideContent = {
  title: 'Cómo oponerse, paso a paso',
  description:
    'Oponerse a que Meta use sus publicaciones de Facebook e Instagram para entrenar su IA: los formularios oficiales, los pasos en la aplicación o en el navegador, textos que puede usar y qué cubre una oposición.',
  intro:
    'Oponerse es gratis y no tiene que dar ningún motivo. Necesita tener la sesión iniciada y acceso a la dirección de correo electrónico de su cuenta.',
  warning:
    'Use solo los formularios oficiales enlazados en esta página. Nuestro consejo: nunca escriba su contraseña en un formulario que alguien le envíe por mensaje o por correo electrónico.',
  warningLabel: 'Atención',
  chooser: {
    heading: 'Su forma de oponerse',
    platformLegend: '¿Qué cuenta quiere proteger?',
    platforms: {
      facebook: 'Facebook',
      instagram: 'Instagram',
      both: 'Ambas',
    },
    wayLegend: '¿Dónde la usa?',
    ways: {
      app: 'En la aplicación de mi móvil',
      browser: 'En un navegador web',
    },
    ticksNote:
      'Marque cada paso cuando lo haya hecho. Las marcas se guardan solo en este navegador; no se envía nada a ninguna parte.',
  },
  paths: {
    'facebook-browser': 'Facebook, en un navegador web',
    'instagram-browser': 'Instagram, en un navegador web',
    'both-browser': 'Facebook e Instagram, en un navegador web',
    'facebook-app': 'Facebook, en la aplicación',
    'instagram-app': 'Instagram, en la aplicación',
    'both-app': 'Facebook e Instagram, en las aplicaciones',
  },
  steps: {
    'login-browser':
      'Inicie sesión en {platforms} en su navegador web. El formulario solo funciona si tiene la sesión iniciada.',
    'app-facebook':
      'En la aplicación de Facebook, abra el menú y luego la configuración y privacidad (Settings & privacy) → la configuración (Settings) → la política de privacidad (Privacy Policy), y toque el enlace para oponerse. Se abre el formulario de oposición de Meta.',
    'app-instagram':
      'En la aplicación de Instagram, abra su perfil y luego el menú → la configuración (Settings) → el apartado de información (About) → la política de privacidad (Privacy Policy), y toque el enlace para oponerse. Se abre el formulario de oposición de Meta.',
    'what-the-form-asks':
      'El formulario le pide el país en el que vive y la dirección de correo electrónico de su cuenta. También tiene un campo para el motivo: según Datatilsynet, no tiene que dar ninguno, así que puede dejarlo vacío.',
    'send-form':
      'Abra el formulario oficial que aparece abajo, rellénelo y pulse el botón de enviar. Se abre en {hosts}.',
    'send-each-form':
      'Abra uno tras otro los formularios oficiales que aparecen abajo, rellene cada uno y pulse el botón de enviar. Se abren en {hosts}.',
    'send-in-app': 'Pulse el botón de enviar al final del formulario.',
    'send-in-each-app': 'Pulse el botón de enviar al final de cada formulario.',
    'security-code':
      'Es posible que Meta envíe un código de seguridad a su dirección de correo electrónico. Escríbalo en la página del formulario.',
    confirmation:
      'Meta confirma su oposición por correo electrónico; en la prueba de klicksafe, el correo llegó pocos minutos después. Guárdelo: es su justificante.',
  },
  textsLink: 'Textos que puede usar en el campo del motivo',
  checks: {
    'facebook-sent': 'Formulario de Facebook enviado',
    'instagram-sent': 'Formulario de Instagram enviado',
    'confirmation-kept': 'Correo de confirmación recibido y guardado',
  },
  clearTicks: 'Borrar mis marcas',
  appFallback: {
    cannotFind:
      '¿No encuentra el menú? Meta lo cambia de sitio de vez en cuando, y puede tener otros nombres en su aplicación. Use en su lugar el formulario oficial en un navegador web:',
    privacyCentre:
      'Otra vía en la aplicación: el centro de privacidad de Meta (Privacy Centre) → el apartado sobre la IA en Meta (AI at Meta) → la solicitud de oposición (submit an objection request).',
  },
  credits:
    'Los pasos del formulario siguen la prueba que hizo klicksafe en junio de 2024, en la que klicksafe rellenó el campo del motivo; que no hace falta dar un motivo lo dice Datatilsynet (abril de 2025). Los enlaces a los formularios son los que indicó la autoridad de Hamburgo en abril de 2025; las rutas de los menús de las aplicaciones proceden de informaciones de prensa y pueden ser distintas en su versión de la aplicación.',
  texts: {
    heading: 'Qué puede escribir',
    intro:
      'No tiene que dar ningún motivo. Datatilsynet, la autoridad noruega de protección de datos, lo dice así: “No tiene que justificarse” (traducción nuestra), y Meta afirmó que acepta todas las oposiciones. Si quiere escribir algo, copie uno de estos textos en el campo de texto libre.',
    copy: 'Copiar texto',
    copied: 'Copiado en el portapapeles.',
    copyFailed: 'No se ha podido copiar. Seleccione el texto y cópielo manualmente.',
    items: {
      neutral: {
        title: 'Breve y neutral',
        text: 'Me opongo al tratamiento de mis datos personales, incluidas mis publicaciones, fotos y comentarios, para el desarrollo y la mejora de la inteligencia artificial (IA) en Meta.',
      },
      copyright: {
        title: 'Sobre los derechos de autor de sus publicaciones',
        text: 'Soy titular de los derechos de autor del contenido que publico y no autorizo su uso para aplicaciones de IA.',
        note: 'Basado en la redacción que klicksafe usó con éxito en su prueba.',
      },
      personal: {
        title: 'Sobre sus preocupaciones personales',
        text: 'Mis publicaciones y fotos son personales. Una vez que se usan para entrenar un modelo de IA, ya no se pueden retirar. No quiero que mis datos personales se usen para esto.',
      },
    },
  },
  covers: {
    heading: 'Qué cubre una oposición',
    covered: 'Cubierto',
    unclear: 'Meta lo usa; ninguna fuente dice que la oposición lo impida',
    notCovered: 'No cubierto, o no se usa de todos modos',
    items: {
      'public-content': 'Sus publicaciones, fotos, pies de foto y comentarios públicos, si es mayor de edad.',
      'meta-ai-chats':
        'Lo que escribe en Meta AI, el chatbot, o en sus herramientas de imágenes: Meta lo usa tenga la edad que tenga. Nuestro consejo: no escriba ahí nada que no quiera que se use.',
      'private-messages': 'Mensajes privados: Meta dice que no los usa para este entrenamiento.',
      minors:
        'Contenido de menores de 18 años: Meta no usa las publicaciones ni las fotos de estas personas para este entrenamiento.',
      'posts-by-others': 'Publicaciones y fotos sobre usted que publican otras personas: su oposición no las cubre.',
    },
    accounts:
      'Varias cuentas: según Datatilsynet, una sola oposición cubre todas las cuentas vinculadas en el mismo centro de cuentas (Accounts Centre) y, si tiene dudas, debe rellenar el formulario de Facebook y el de Instagram. Nuestro consejo: si sus cuentas no están vinculadas, envíe el formulario una vez por cada cuenta.',
    whatsapp:
      'WhatsApp: según informaciones de prensa, los chats privados no se usan, pero los mensajes que envía a Meta AI en WhatsApp sí. No se conoce ningún formulario de oposición propio de WhatsApp.',
    thirdParty:
      'Datos de otras empresas: Meta también usa datos que compra a terceros para entrenar su IA. Esto puede afectar a personas sin cuenta. Según la autoridad de Hamburgo, Meta ofrece una vía de oposición aparte para estos datos; no hemos podido confirmar un enlace a ella, así que no mostramos ninguno. Consulte el aviso de Hamburgo para más detalles.',
    thirdPartyLink: 'Nuestro resumen del aviso de Hamburgo del 12 de junio de 2024',
  },
  afterDeadline: {
    heading: 'Si el plazo ha vencido',
    text: 'Puede oponerse en cualquier momento. Desde entonces, su oposición impide que Meta use sus publicaciones públicas para su IA. No puede eliminar lo que Meta ya ha usado: los datos que han entrado en un modelo no se pueden sacar de él.',
    earlier: 'Si se opuso en 2024, esa oposición sigue siendo válida, según Datatilsynet y Meta.',
  },
  faq: {
    heading: 'Preguntas frecuentes',
    items: [
      {
        question: '¿Me afecta esto?',
        answer:
          'Sí, si vive en la UE o el EEE (que incluye Noruega, Islandia y Liechtenstein), tiene 18 años o más y tiene publicaciones, fotos o comentarios públicos en Facebook o Instagram: eso es lo que cubre su oposición. Meta también usa lo que personas de cualquier edad escriben en Meta AI; ninguna fuente dice que la oposición lo impida. En el Reino Unido, Meta sigue un proceso distinto.',
      },
      {
        question: 'Se me pasó el plazo. ¿Es demasiado tarde?',
        answer:
          'No. Puede oponerse en cualquier momento. Desde entonces, impide que Meta use sus publicaciones públicas para su IA. Lo que Meta ya ha usado para el entrenamiento no se puede sacar de su IA.',
      },
      {
        question: '¿Tengo que dar un motivo?',
        answer:
          'No. Según Datatilsynet, no tiene que justificar su oposición, así que puede dejar vacío el campo de texto libre. Meta afirmó que acepta todas las oposiciones.',
      },
      {
        question: 'Tengo varias cuentas. ¿Qué hago?',
        answer:
          'Según Datatilsynet, una sola oposición cubre las cuentas vinculadas en el mismo centro de cuentas (Accounts Centre); si tiene dudas, aconseja rellenar el formulario de Facebook y el de Instagram. Nuestro consejo: si sus cuentas no están vinculadas, envíe el formulario una vez por cada cuenta.',
      },
      {
        question: '¿Cubre las fotos de mis hijos que he publicado?',
        answer:
          'Su oposición cubre el contenido público que ha publicado, incluidas las fotos de sus hijos. Datatilsynet ha preguntado a Meta si entrena su IA con fotos de niños publicadas por adultos; Meta no había respondido cuando Datatilsynet publicó su aviso.',
      },
      {
        question: 'Soy menor de 18 años, o lo es mi hijo o hija. ¿Qué se aplica?',
        answer:
          'Según Datatilsynet, Meta solo usa para este entrenamiento las publicaciones y fotos públicas de usuarios mayores de 18 años, así que las publicaciones propias de los adolescentes no se usan. Lo que las personas escriben en Meta AI se usa a cualquier edad, y ninguna fuente dice que la oposición lo impida: nuestro consejo es no escribir ahí nada que no quiera que se use. Las fotos de niños que publican adultos son una cuestión abierta: Datatilsynet ha preguntado a Meta si entrena su IA con ellas. Los padres y madres que publican esas fotos de forma pública pueden oponerse por su propia cuenta.',
      },
      {
        question: '¿Y WhatsApp?',
        answer:
          'Según informaciones de prensa, sus chats privados de WhatsApp no se usan, pero los mensajes que envía a Meta AI en WhatsApp sí. No se conoce ningún formulario de oposición propio de WhatsApp. Si no quiere que se usen esos mensajes, no los envíe a Meta AI.',
      },
      {
        question: 'No tengo cuenta. ¿Puede Meta usar igualmente datos sobre mí?',
        answer:
          'Es posible. Meta también usa datos que compra a otras empresas, y otras personas pueden publicar fotos suyas. Según la autoridad de Hamburgo, Meta ofrece una vía aparte para oponerse al uso de datos de terceros; no hemos podido confirmar un enlace a ella.',
      },
      {
        question: '¿Cómo sé si ha funcionado?',
        answer:
          'Meta envía un correo de confirmación a la dirección de su cuenta; en la prueba de klicksafe llegó pocos minutos después. Guárdelo. Si no recibe nada, revise su carpeta de correo no deseado (spam) y después vuelva a enviar el formulario.',
      },
      {
        question: 'Me opuse en 2024. ¿Tengo que volver a oponerme?',
        answer: 'No. Datatilsynet y Meta afirman que las oposiciones enviadas en 2024 siguen siendo válidas.',
      },
    ],
  },
  print: {
    heading: 'Esta guía en papel',
    qr: 'Escanee el código para abrir esta guía en un móvil: {url}',
  },
};
