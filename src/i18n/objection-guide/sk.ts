import type { ObjectionGuideContent } from './en';

/** The objection guide in Slovak. */
export const objectionGuideSk: ObjectionGuideContent = {
  title: 'Ako podať námietku krok za krokom',
  description:
    'Podajte námietku proti tomu, aby Meta používala vaše príspevky z Facebooku a Instagramu na trénovanie AI: oficiálne formuláre, jednotlivé kroky, texty, ktoré môžete použiť, a na čo sa námietka vzťahuje.',
  intro:
    'Námietka zaberie asi päť minút na každú platformu. Potrebujete prihlasovacie údaje a prístup k e-mailovej adrese svojho účtu.',
  tocLabel: 'Na tejto stránke',
  warning: 'Používajte iba oficiálne formuláre, na ktoré tu odkazujeme. Meta vás vo formulári nikdy nežiada o heslo.',

  facebook: {
    heading: 'Námietka na Facebooku',
    steps: [
      'Najprv sa vo webovom prehliadači prihláste na Facebook. Formulár funguje iba vtedy, keď ste prihlásení.',
      'Oficiálny formulár na podanie námietky otvoríte tlačidlom nižšie. Otvorí sa na webe {host}.',
      'V zozname vyberte krajinu, v ktorej žijete.',
      'Zadajte e-mailovú adresu svojho účtu na Facebooku.',
      'Textové pole je nepovinné: môžete ho nechať prázdne alebo doň vložiť niektorý z textov nižšie.',
      'Kliknite na „Odoslať“.',
      'Meta vám môže na e-mailovú adresu poslať bezpečnostný kód. Zadajte ho na stránke formulára.',
      'Meta vám námietku potvrdí e-mailom, často do niekoľkých minút. Tento e-mail si uschovajte: je to váš doklad.',
    ],
  },
  instagram: {
    heading: 'Námietka na Instagrame',
    steps: [
      'Najprv sa vo webovom prehliadači prihláste na Instagram. Formulár funguje iba vtedy, keď ste prihlásení.',
      'Oficiálny formulár na podanie námietky otvoríte tlačidlom nižšie. Otvorí sa na webe {host}.',
      'V zozname vyberte krajinu, v ktorej žijete.',
      'Zadajte e-mailovú adresu svojho účtu na Instagrame.',
      'Textové pole je nepovinné: môžete ho nechať prázdne alebo doň vložiť niektorý z textov nižšie.',
      'Kliknite na „Odoslať“.',
      'Meta vám môže na e-mailovú adresu poslať bezpečnostný kód. Zadajte ho na stránke formulára.',
      'Meta vám námietku potvrdí e-mailom, často do niekoľkých minút. Tento e-mail si uschovajte: je to váš doklad.',
    ],
  },
  stepsSource: 'Kroky podľa testu iniciatívy klicksafe a opisu hamburského úradu na ochranu osobných údajov.',

  inApp: {
    heading: 'V telefóne, v aplikácii',
    intro:
      'Námietku môžete podať aj priamo v aplikáciách. Meta tieto ponuky niekedy presúva. Ak ich nenájdete, použite odkazy na formuláre vyššie.',
    facebook:
      'Facebook: Ponuka → Nastavenia a súkromie → Nastavenia → Pravidlá ochrany súkromia → odkaz na podanie námietky.',
    instagram:
      'Instagram: Profil → Ponuka → Nastavenia → Informácie → Pravidlá ochrany súkromia → odkaz na podanie námietky.',
    privacyCenter: 'Iná možnosť: Centrum ochrany súkromia spoločnosti Meta → AI v spoločnosti Meta → podať námietku.',
    source: 'Cesty v ponukách podľa správ v tlači. Vo vašej verzii aplikácie sa môžu líšiť.',
  },

  texts: {
    heading: 'Čo môžete napísať',
    intro:
      'Dôvod uvádzať nemusíte. Nórsky úrad Datatilsynet píše: „Nemusíte to zdôvodňovať“ (náš preklad). Meta uviedla, že prijíma všetky námietky. Ak chcete niečo napísať, skopírujte do textového poľa niektorý z týchto textov.',
    copy: 'Kopírovať text',
    copied: 'Skopírované do schránky.',
    copyFailed: 'Kopírovanie sa nepodarilo. Označte text a skopírujte ho sami.',
    items: [
      {
        title: 'Stručne a neutrálne',
        text: 'Podávam námietku proti používaniu mojich osobných údajov vrátane mojich príspevkov, fotografií a komentárov na vývoj a zlepšovanie umelej inteligencie v spoločnosti Meta.',
      },
      {
        title: 'K autorským právam k vašim príspevkom',
        text: 'K obsahu, ktorý zverejňujem, mi patria autorské práva. Jeho použitie na aplikácie umelej inteligencie nepovoľujem.',
        note: 'Podľa formulácie, ktorú iniciatíva klicksafe úspešne použila vo svojom teste.',
      },
      {
        title: 'K vašim osobným obavám',
        text: 'Moje príspevky a fotografie sú osobné. Keď sa raz použijú na trénovanie modelu AI, nedajú sa z neho znova odstrániť. Nechcem, aby sa moje údaje na tento účel používali.',
      },
    ],
  },

  covers: {
    heading: 'Na čo sa námietka vzťahuje',
    covered: 'Vzťahuje sa',
    notCovered: 'Nevzťahuje sa alebo sa to aj tak nepoužíva',
    items: [
      {
        kind: 'covered',
        text: 'Vaše verejné príspevky, fotografie, popisy a komentáre, ak ste plnoletí.',
        source: 'Datatilsynet; Hamburg',
      },
      { kind: 'covered', text: 'Čo píšete chatbotu Meta AI, v akomkoľvek veku.', source: 'Datatilsynet' },
      {
        kind: 'notCovered',
        text: 'Súkromné správy: Meta uvádza, že ich na toto trénovanie nepoužíva.',
        source: 'klicksafe',
      },
      {
        kind: 'notCovered',
        text: 'Účty osôb mladších ako 18 rokov: Meta uvádza, že ich príspevky nepoužíva.',
        source: 'správy v tlači',
      },
      {
        kind: 'notCovered',
        text: 'Príspevky a fotografie, ktoré o vás zverejňujú iní ľudia: vaša námietka sa na ne nevzťahuje.',
        source: 'Datatilsynet',
      },
    ],
    accounts:
      'Viac účtov: podľa úradu Datatilsynet platí jedna námietka pre všetky účty prepojené v tom istom Centre účtov. Iné zdroje odporúčajú jednu námietku na každý účet. Ak si nie ste istí, odošlite oba formuláre, a to pre každý účet zvlášť.',
    accountsSource: 'Datatilsynet',
    whatsapp:
      'WhatsApp: podľa správ v tlači sa súkromné chaty nepoužívajú, správy, ktoré vo WhatsAppe posielate Meta AI, však áno. Samostatný formulár na podanie námietky pre WhatsApp nie je známy.',
    whatsappSource: 'správy v tlači',
    thirdParty:
      'Údaje od iných firiem: Meta na trénovanie svojej AI používa aj údaje, ktoré kupuje od tretích strán. Môže sa to týkať aj ľudí bez účtu. Hamburský úrad uvádza, že Meta na to ponúka samostatný spôsob, ako podať námietku. Odkaz naň sa nám nepodarilo overiť, preto ho neuvádzame. Podrobnosti nájdete v upozornení z Hamburgu.',
    thirdPartyLink: 'Upozornenie z Hamburgu z 12. júna 2024',
    sourceLabel: 'Zdroj: {source}',
  },

  afterDeadline: {
    heading: 'Ak lehota uplynula',
    text: 'Námietku môžete podať kedykoľvek. Námietka vylúči z trénovania AI spoločnosti Meta to, čo zverejníte odvtedy. Neodstráni to, čo Meta už použila: údaje, ktoré sa dostali do modelu, sa z neho nedajú znova vybrať.',
    earlier: 'Ak ste podali námietku v roku 2024, podľa úradu Datatilsynet a spoločnosti Meta stále platí.',
    source: 'Hamburský úrad na ochranu osobných údajov, 15. apríla 2025',
  },

  checklist: {
    heading: 'Váš kontrolný zoznam',
    intro: 'Označte, čo už máte hotové. Označenia zostanú iba v tomto prehliadači. Nikam sa nič neposiela.',
    items: [
      'Formulár pre Facebook odoslaný',
      'Formulár pre Instagram odoslaný',
      'Potvrdzujúci e-mail prijatý a uschovaný',
    ],
    reset: 'Zrušiť označenia',
  },

  faq: {
    heading: 'Časté otázky',
    items: [
      {
        question: 'Týka sa to aj mňa?',
        answer:
          'Áno, ak žijete v EÚ alebo EHP (patrí sem aj Nórsko, Island a Lichtenštajnsko), máte aspoň 18 rokov a máte na Facebooku alebo Instagrame verejný obsah. V Spojenom kráľovstve postupuje Meta inak.',
      },
      {
        question: 'Lehota už uplynula. Je neskoro?',
        answer:
          'Nie. Námietku môžete podať kedykoľvek. Ochráni to, čo zverejníte odvtedy. Čo už Meta použila na trénovanie, sa z jej AI nedá znova odstrániť.',
      },
      {
        question: 'Musím uviesť dôvod?',
        answer:
          'Nie. Textové pole je nepovinné. Podľa úradu Datatilsynet nemusíte námietku zdôvodňovať a Meta uviedla, že prijíma všetky námietky.',
      },
      {
        question: 'Mám viac účtov. Čo mám robiť?',
        answer:
          'Podľa úradu Datatilsynet platí jedna námietka pre účty prepojené v tom istom Centre účtov. Ak si nie ste istí, či sú vaše účty prepojené, odošlite formulár pre Facebook aj pre Instagram, a to raz za každý účet.',
      },
      {
        question: 'Vzťahuje sa námietka aj na fotografie mojich detí, ktoré mám zverejnené?',
        answer:
          'Vaša námietka sa vzťahuje na verejný obsah, ktorý ste zverejnili, vrátane fotografií vašich detí. Úrad Datatilsynet sa spoločnosti Meta spýtal, či trénuje na fotografiách detí, ktoré zverejňujú dospelí. Keď Datatilsynet zverejnil svoje upozornenie, Meta ešte neodpovedala.',
      },
      {
        question: 'A čo WhatsApp?',
        answer:
          'Podľa správ v tlači sa vaše súkromné chaty vo WhatsAppe nepoužívajú, správy, ktoré vo WhatsAppe posielate Meta AI, však áno. Samostatný formulár na podanie námietky pre WhatsApp nie je známy. Ak nechcete, aby sa tieto správy používali, neposielajte ich Meta AI.',
      },
      {
        question: 'Nemám účet. Môže Meta aj tak používať údaje o mne?',
        answer:
          'Možno áno. Meta používa aj údaje, ktoré kupuje od iných firiem, a iní ľudia môžu zverejňovať vaše fotografie. Hamburský úrad uvádza, že Meta ponúka samostatný spôsob, ako podať námietku proti používaniu údajov od tretích strán. Odkaz naň sa nám nepodarilo overiť.',
      },
      {
        question: 'Ako zistím, že to fungovalo?',
        answer:
          'Meta pošle potvrdzujúci e-mail na adresu vášho účtu. V teste iniciatívy klicksafe prišiel do niekoľkých minút. Uschovajte si ho. Ak nič nepríde, pozrite sa do priečinka so spamom a potom formulár odošlite znova.',
      },
      {
        question: 'Námietku mám podanú už z roku 2024. Musím ju podať znova?',
        answer: 'Nie. Úrad Datatilsynet aj Meta uvádzajú, že námietky podané v roku 2024 stále platia.',
      },
    ],
  },

  print: {
    heading: 'Tento návod na papieri',
    qr: 'Naskenujte kód a otvorte si tento návod v telefóne: {url}',
    button: 'Vytlačiť návod',
  },
};
