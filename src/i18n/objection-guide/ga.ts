import type { ObjectionGuideContent } from './en';

/** The objection guide in Irish. */
export const objectionGuideGa: ObjectionGuideContent = {
  title: 'Conas agóid a dhéanamh, céim ar chéim',
  description:
    'Déan agóid ionas nach n-úsáidfidh Meta do phostálacha Facebook agus Instagram chun IS a thraenáil: na foirmeacha oifigiúla, gach céim, téacsanna is féidir leat a úsáid, agus a bhfuil clúdaithe ag agóid.',
  intro:
    'Tógann agóid thart ar chúig nóiméad ar gach ardán. Teastaíonn do shonraí logála isteach uait, agus rochtain ar sheoladh ríomhphoist do chuntais.',
  warning:
    'Ná húsáid ach na foirmeacha oifigiúla a bhfuil nasc chucu anseo. Ní iarrann Meta do phasfhocal san fhoirm riamh.',
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
    heading: 'Cad is féidir leat a scríobh',
    intro:
      'Ní gá duit cúis a thabhairt. Deir Datatilsynet: “Ní gá duit údar a thabhairt” (ár n-aistriúchán), agus dúirt Meta go nglacann sé le gach agóid. Más mian leat rud éigin a scríobh, cóipeáil ceann de na téacsanna seo isteach sa réimse saorthéacs.',
    copy: 'Cóipeáil an téacs',
    copied: 'Cóipeáladh chuig an ngearrthaisce é.',
    copyFailed: 'Níorbh fhéidir é a chóipeáil. Roghnaigh an téacs agus cóipeáil tú féin é.',
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
    heading: 'A bhfuil clúdaithe ag agóid',
    covered: 'Clúdaithe',
    notCovered: 'Gan clúdach, nó ní úsáidtear é ar aon nós',
    items: {
      'public-content': 'Your public posts, photos, captions and comments, if you are an adult.',
      'meta-ai-chats': 'What you write to Meta AI, the chatbot, at any age.',
      'private-messages': 'Private messages: Meta says it does not use them for this training.',
      minors: 'Content of people under 18: Meta does not use their posts and photos for this training.',
      'posts-by-others': 'Posts and photos that other people publish about you: your objection does not cover them.',
    },
    accounts:
      'Roinnt cuntas: deir Datatilsynet go gclúdaíonn agóid amháin na cuntais go léir atá nasctha sa Lárionad Cuntas céanna. Molann foinsí eile agóid amháin in aghaidh an chuntais. Mura bhfuil tú cinnte, seol an dá fhoirm, agus ceann amháin do gach cuntas.',
    whatsapp:
      'WhatsApp: de réir tuairiscí preasa, ní úsáidtear comhráite príobháideacha, ach úsáidtear teachtaireachtaí a sheolann tú chuig Meta AI in WhatsApp. Níl aon fhoirm agóide ar leith do WhatsApp ar eolas.',
    thirdParty:
      'Sonraí ó chomhlachtaí eile: úsáideann Meta freisin sonraí a cheannaíonn sé ó thríú páirtithe chun a IS a thraenáil. Is féidir go mbeidh tionchar aige seo ar dhaoine nach bhfuil cuntas acu. Deir údarás Hamburg go dtairgeann Meta bealach ar leith chun agóid a dhéanamh faoi seo. Níorbh fhéidir linn nasc chuige a dheimhniú, mar sin ní thaispeánaimid ceann. Léigh fógra Hamburg le haghaidh tuilleadh sonraí.',
    thirdPartyLink: 'Fógra Hamburg, 12 Meitheamh 2024',
  },
  afterDeadline: {
    heading: 'Má tá an spriocdháta caite',
    text: 'Is féidir leat agóid a dhéanamh am ar bith. Coinníonn agóid an méid a phostálann tú ón am sin ar aghaidh amach as traenáil IS Meta. Ní féidir léi an méid atá úsáidte ag Meta cheana a bhaint: ní féidir sonraí a chuaigh isteach i samhail a bhaint amach arís.',
    earlier: 'Má rinne tú agóid in 2024, tá an agóid sin fós i bhfeidhm, dar le Datatilsynet agus Meta.',
  },
  faq: {
    heading: 'Ceisteanna a chuireann daoine',
    items: [
      {
        question: 'An mbaineann sé seo liom?',
        answer:
          'Baineann, má tá cónaí ort san AE nó sa LEE (an Iorua, an Íoslainn agus Lichtinstéin san áireamh), má tá tú 18 mbliana d’aois nó níos sine agus má tá ábhar poiblí agat ar Facebook nó ar Instagram. Sa Ríocht Aontaithe, leanann Meta próiseas eile.',
      },
      {
        question: 'Chaill mé an spriocdháta. An bhfuil sé ródhéanach?',
        answer:
          'Níl. Is féidir leat agóid a dhéanamh am ar bith. Cosnaíonn sí an méid a phostálann tú ón am sin ar aghaidh. Ní féidir an méid a d’úsáid Meta cheana le haghaidh traenála a bhaint amach as a IS arís.',
      },
      {
        question: 'An gá dom cúis a thabhairt?',
        answer:
          'Ní gá. Is roghnach an réimse saorthéacs. Deir Datatilsynet nach gá duit údar a thabhairt le d’agóid, agus dúirt Meta go nglacann sé le gach agóid.',
      },
      {
        question: 'Tá roinnt cuntas agam. Cad a dhéanaim?',
        answer:
          'Deir Datatilsynet go gclúdaíonn agóid amháin na cuntais atá nasctha sa Lárionad Cuntas céanna. Mura bhfuil tú cinnte an bhfuil do chuntais nasctha, seol an fhoirm do Facebook agus do Instagram, uair amháin do gach cuntas.',
      },
      {
        question: 'An gclúdaíonn sé grianghraif de mo pháistí a phostáil mé?',
        answer:
          'Clúdaíonn d’agóid an t-ábhar poiblí a phostáil tú, grianghraif de do pháistí san áireamh. D’fhiafraigh Datatilsynet de Meta an dtraenálann sé a IS ar ghrianghraif de pháistí a phostálann daoine fásta. Ní raibh freagra tugtha ag Meta nuair a d’fhoilsigh Datatilsynet a fhógra.',
      },
      {
        question: 'Agus WhatsApp?',
        answer:
          'De réir tuairiscí preasa, ní úsáidtear do chomhráite príobháideacha WhatsApp, ach úsáidtear teachtaireachtaí a sheolann tú chuig Meta AI in WhatsApp. Níl aon fhoirm agóide ar leith do WhatsApp ar eolas. Mura mian leat go n-úsáidfí na teachtaireachtaí sin, ná seol chuig Meta AI iad.',
      },
      {
        question: 'Níl cuntas agam. An féidir le Meta sonraí fúm a úsáid fós?',
        answer:
          'B’fhéidir. Úsáideann Meta freisin sonraí a cheannaíonn sé ó chomhlachtaí eile, agus d’fhéadfadh daoine eile grianghraif díot a phostáil. Deir údarás Hamburg go dtairgeann Meta bealach ar leith chun agóid a dhéanamh nuair a úsáidtear sonraí ó thríú páirtithe. Níorbh fhéidir linn nasc chuige a dheimhniú.',
      },
      {
        question: 'Conas a bheidh a fhios agam gur oibrigh sé?',
        answer:
          'Seolann Meta ríomhphost dearbhaithe chuig seoladh do chuntais. I dtástáil klicksafe, tháinig sé laistigh de chúpla nóiméad. Coinnigh é. Mura dtagann aon rud, seiceáil d’fhillteán turscair, agus ansin seol an fhoirm arís.',
      },
      {
        question: 'Rinne mé agóid in 2024. An gá dom agóid a dhéanamh arís?',
        answer: 'Ní gá. Deir Datatilsynet agus Meta go bhfuil agóidí a seoladh in 2024 fós i bhfeidhm.',
      },
    ],
  },
  print: {
    heading: 'An treoir seo ar pháipéar',
    qr: 'Scan an cód chun an treoir seo a oscailt ar fhón: {url}',
  },
};
