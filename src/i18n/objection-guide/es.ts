import type { ObjectionGuideContent } from './en';

/** The objection guide in Spanish. */
export const objectionGuideEs: ObjectionGuideContent = {
  title: 'Cómo oponerse, paso a paso',
  description:
    'Oponerse a que Meta use sus publicaciones de Facebook e Instagram para entrenar su IA: los formularios oficiales, cada paso, textos que puede usar y qué cubre una oposición.',
  intro:
    'Oponerse lleva unos cinco minutos por plataforma. Necesita sus datos de inicio de sesión y acceso a la dirección de correo electrónico de su cuenta.',
  warning: 'Use solo los formularios oficiales enlazados aquí. Meta nunca le pide su contraseña en el formulario.',
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
    heading: 'Qué puede escribir',
    intro:
      'No tiene que dar ningún motivo. Datatilsynet, la autoridad noruega de protección de datos, lo dice así: “No tiene que justificarse” (traducción nuestra). Meta afirmó que acepta todas las oposiciones. Si quiere escribir algo, copie uno de estos textos en el campo de texto libre.',
    copy: 'Copiar texto',
    copied: 'Copiado en el portapapeles.',
    copyFailed: 'No se ha podido copiar. Seleccione el texto y cópielo manualmente.',
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
    heading: 'Qué cubre una oposición',
    covered: 'Cubierto',
    notCovered: 'No cubierto, o no se usa de todos modos',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Varias cuentas: según Datatilsynet, una sola oposición cubre todas las cuentas vinculadas en el mismo Centro de cuentas. Otras fuentes aconsejan una oposición por cuenta. Si tiene dudas, envíe los dos formularios, una vez por cada cuenta.',
    whatsapp:
      'WhatsApp: según informaciones de prensa, los chats privados no se usan, pero los mensajes que envía a Meta AI en WhatsApp sí. No se conoce ningún formulario de oposición propio de WhatsApp.',
    thirdParty:
      'Datos de otras empresas: Meta también usa datos que compra a terceros para entrenar su IA. Esto puede afectar a personas sin cuenta. Según la autoridad de Hamburg, Meta ofrece una vía de oposición aparte para estos datos; no hemos podido confirmar un enlace a ella, así que no mostramos ninguno. Consulte el aviso de Hamburg para más detalles.',
    thirdPartyLink: 'Aviso de Hamburg del 12 de junio de 2024',
  },
  afterDeadline: {
    heading: 'Si el plazo ha vencido',
    text: 'Puede oponerse en cualquier momento. Una oposición deja fuera del entrenamiento de la IA de Meta lo que publique a partir de entonces. No puede eliminar lo que Meta ya ha usado: los datos que han entrado en un modelo no se pueden retirar.',
    earlier: 'Si se opuso en 2024, esa oposición sigue siendo válida, según Datatilsynet y Meta.',
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
  },
};
