import type { ObjectionGuideContent } from './en';

/** The objection guide in Spanish. */
export const objectionGuideEs: ObjectionGuideContent = {
  title: 'Cómo oponerse, paso a paso',
  description:
    'Oponerse a que Meta use sus publicaciones de Facebook e Instagram para entrenar su IA: los formularios oficiales, cada paso, textos que puede usar y qué cubre una oposición.',
  intro:
    'Oponerse lleva unos cinco minutos por plataforma. Necesita sus datos de inicio de sesión y acceso a la dirección de correo electrónico de su cuenta.',
  tocLabel: 'En esta página',
  warning: 'Use solo los formularios oficiales enlazados aquí. Meta nunca le pide su contraseña en el formulario.',

  facebook: {
    heading: 'Oponerse en Facebook',
    steps: [
      'Primero inicie sesión en Facebook en su navegador web. El formulario solo funciona con la sesión iniciada.',
      'Abra el formulario oficial de oposición con el botón de abajo. Se abre en {host}.',
      'Elija en la lista el país donde vive.',
      'Introduzca la dirección de correo electrónico de su cuenta de Facebook.',
      'El campo de texto libre es opcional: puede dejarlo vacío o pegar uno de los textos de más abajo.',
      'Pulse “Enviar”.',
      'Meta puede enviar un código de seguridad a su dirección de correo electrónico. Introdúzcalo en la página del formulario.',
      'Meta confirma su oposición por correo electrónico, a menudo en pocos minutos. Guarde ese correo: es su prueba.',
    ],
  },
  instagram: {
    heading: 'Oponerse en Instagram',
    steps: [
      'Primero inicie sesión en Instagram en su navegador web. El formulario solo funciona con la sesión iniciada.',
      'Abra el formulario oficial de oposición con el botón de abajo. Se abre en {host}.',
      'Elija en la lista el país donde vive.',
      'Introduzca la dirección de correo electrónico de su cuenta de Instagram.',
      'El campo de texto libre es opcional: puede dejarlo vacío o pegar uno de los textos de más abajo.',
      'Pulse “Enviar”.',
      'Meta puede enviar un código de seguridad a su dirección de correo electrónico. Introdúzcalo en la página del formulario.',
      'Meta confirma su oposición por correo electrónico, a menudo en pocos minutos. Guarde ese correo: es su prueba.',
    ],
  },
  stepsSource: 'Pasos según la prueba de klicksafe y la descripción de la autoridad de protección de datos de Hamburg.',

  inApp: {
    heading: 'En el móvil, desde la aplicación',
    intro:
      'También puede oponerse desde las aplicaciones. Meta cambia a veces estos menús de sitio; si no los encuentra, use los enlaces a los formularios de arriba.',
    facebook:
      'Facebook: Menú → Configuración y privacidad → Configuración → Política de privacidad → el enlace para oponerse.',
    instagram:
      'Instagram: Perfil → Menú → Configuración → Información → Política de privacidad → el enlace para oponerse.',
    privacyCenter: 'Otra vía: el Centro de privacidad de Meta → La IA en Meta → enviar una solicitud de oposición.',
    source: 'Rutas de menú según la prensa; pueden ser distintas en su versión de la aplicación.',
  },

  texts: {
    heading: 'Qué puede escribir',
    intro:
      'No tiene que dar ningún motivo. Datatilsynet, la autoridad noruega de protección de datos, lo dice así: “No tiene que justificarse” (traducción nuestra). Meta afirmó que acepta todas las oposiciones. Si quiere escribir algo, copie uno de estos textos en el campo de texto libre.',
    copy: 'Copiar texto',
    copied: 'Copiado en el portapapeles.',
    copyFailed: 'No se ha podido copiar. Seleccione el texto y cópielo manualmente.',
    items: [
      {
        title: 'Breve y neutro',
        text: 'Me opongo al uso de mis datos personales, incluidas mis publicaciones, fotos y comentarios, para el desarrollo y la mejora de la IA en Meta.',
      },
      {
        title: 'Sobre los derechos de autor de sus propias publicaciones',
        text: 'Soy titular de los derechos de autor del contenido que publico y no autorizo su uso para aplicaciones de IA.',
        note: 'Basado en la redacción que klicksafe usó con éxito en su prueba.',
      },
      {
        title: 'Sobre sus inquietudes personales',
        text: 'Mis publicaciones y fotos son personales. Una vez usadas para entrenar un modelo de IA, ya no se pueden retirar. No quiero que mis datos se usen para este fin.',
      },
    ],
  },

  covers: {
    heading: 'Qué cubre una oposición',
    covered: 'Cubierto',
    notCovered: 'No cubierto, o no se usa de todos modos',
    items: [
      {
        kind: 'covered',
        text: 'Sus publicaciones, fotos, pies de foto y comentarios públicos, si es mayor de edad.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Lo que escribe a Meta AI, el chatbot, a cualquier edad.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Los mensajes privados: Meta afirma que no los usa para este entrenamiento.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Las cuentas de menores de 18 años: Meta afirma que no usa sus publicaciones.',
        source: 'informaciones de prensa',
      },
      {
        kind: 'notCovered',
        text: 'Las publicaciones y fotos que otras personas publican sobre usted: su oposición no las cubre.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Varias cuentas: según Datatilsynet, una sola oposición cubre todas las cuentas vinculadas en el mismo Centro de cuentas. Otras fuentes aconsejan una oposición por cuenta. Si tiene dudas, envíe los dos formularios, una vez por cada cuenta.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: según informaciones de prensa, los chats privados no se usan, pero los mensajes que envía a Meta AI en WhatsApp sí. No se conoce ningún formulario de oposición propio de WhatsApp.',
    whatsappSource: 'informaciones de prensa',
    thirdParty:
      'Datos de otras empresas: Meta también usa datos que compra a terceros para entrenar su IA. Esto puede afectar a personas sin cuenta. Según la autoridad de Hamburg, Meta ofrece una vía de oposición aparte para estos datos; no hemos podido confirmar un enlace a ella, así que no mostramos ninguno. Consulte el aviso de Hamburg para más detalles.',
    thirdPartyLink: 'Aviso de Hamburg del 12 de junio de 2024',
    sourceLabel: 'Fuente: {source}',
  },

  afterDeadline: {
    heading: 'Si el plazo ha vencido',
    text: 'Puede oponerse en cualquier momento. Una oposición deja fuera del entrenamiento de la IA de Meta lo que publique a partir de entonces. No puede eliminar lo que Meta ya ha usado: los datos que han entrado en un modelo no se pueden retirar.',
    earlier: 'Si se opuso en 2024, esa oposición sigue siendo válida, según Datatilsynet y Meta.',
    source: 'Autoridad de protección de datos de Hamburg, 15 de abril de 2025',
  },

  checklist: {
    heading: 'Su lista de comprobación',
    intro: 'Marque lo que ya ha hecho. Las marcas solo se guardan en este navegador; no se envía nada a ningún sitio.',
    items: [
      'Formulario de Facebook enviado',
      'Formulario de Instagram enviado',
      'Correo de confirmación recibido y guardado',
    ],
    reset: 'Borrar mis marcas',
  },

  faq: {
    heading: 'Preguntas frecuentes',
    items: [
      {
        question: '¿Esto me afecta?',
        answer:
          'Sí, si vive en la UE o el EEE (que incluye Noruega, Islandia y Liechtenstein), tiene 18 años o más y tiene contenido público en Facebook o Instagram. En el Reino Unido, Meta sigue un proceso distinto.',
      },
      {
        question: 'Se me pasó el plazo. ¿Es demasiado tarde?',
        answer:
          'No. Puede oponerse en cualquier momento. Así protege lo que publique a partir de entonces. Lo que Meta ya usó para el entrenamiento no se puede retirar de su IA.',
      },
      {
        question: '¿Tengo que dar un motivo?',
        answer:
          'No. El campo de texto libre es opcional. Según Datatilsynet, no tiene que justificar su oposición, y Meta afirmó que acepta todas las oposiciones.',
      },
      {
        question: 'Tengo varias cuentas. ¿Qué hago?',
        answer:
          'Según Datatilsynet, una sola oposición cubre las cuentas vinculadas en el mismo Centro de cuentas. Si no sabe con seguridad si sus cuentas están vinculadas, envíe el formulario de Facebook y el de Instagram, una vez por cada cuenta.',
      },
      {
        question: '¿Cubre las fotos de mis hijos que he publicado?',
        answer:
          'Su oposición cubre el contenido público que ha publicado, incluidas las fotos de sus hijos. Datatilsynet ha preguntado a Meta si entrena su IA con fotos de niños publicadas por adultos; Meta no había respondido cuando Datatilsynet publicó su aviso.',
      },
      {
        question: '¿Y WhatsApp?',
        answer:
          'Según informaciones de prensa, sus chats privados de WhatsApp no se usan, pero los mensajes que envía a Meta AI en WhatsApp sí. No se conoce ningún formulario de oposición propio de WhatsApp. Si no quiere que se usen esos mensajes, no los envíe a Meta AI.',
      },
      {
        question: 'No tengo cuenta. ¿Puede Meta usar igualmente datos sobre mí?',
        answer:
          'Es posible. Meta también usa datos que compra a otras empresas, y otras personas pueden publicar fotos suyas. Según la autoridad de Hamburg, Meta ofrece una vía aparte para oponerse al uso de datos de terceros; no hemos podido confirmar un enlace a ella.',
      },
      {
        question: '¿Cómo sé si ha funcionado?',
        answer:
          'Meta envía un correo de confirmación a la dirección de su cuenta; en la prueba de klicksafe llegó en pocos minutos. Guárdelo. Si no recibe nada, revise su carpeta de correo no deseado (spam) y después vuelva a enviar el formulario.',
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
    button: 'Imprimir esta guía',
  },
};
