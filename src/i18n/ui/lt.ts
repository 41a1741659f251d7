import type { UiStrings } from './en';

export const lt = {
  'site.name': 'Prieštaravimas „Meta AI“',
  'site.tagline': 'Kaip neleisti „Meta“ naudoti Jūsų „Facebook“ ir „Instagram“ įrašų jos dirbtiniam intelektui mokyti',
  'skip.toContent': 'Pereiti prie pagrindinio turinio',
  'nav.label': 'Pagrindinis meniu',
  'nav.home': 'Pradžia',
  'nav.notices': 'Institucijų pranešimai',
  'lang.label': 'Kalba',
  'lang.current': '{language} (dabartinė kalba)',
  'lang.choose': 'Pasirinkite kalbą',
  'lang.chooseIntro':
    'Šioje svetainėje keliomis kalbomis paaiškinama, kaip pateikti prieštaravimą, kad „Meta“ nenaudotų Jūsų įrašų savo dirbtiniam intelektui mokyti.',
  'footer.about':
    'Nepriklausoma informacinė svetainė. Jos neadministruoja nei „Meta“, nei jokia duomenų apsaugos institucija. Kiekviena čia nurodyta data ir kiekviena nuoroda paimta iš įvardyto šaltinio.',
  'footer.privacy': 'Jokių slapukų, jokio sekimo, jokių užklausų į kitas svetaines.',
  'footer.licence': 'Pirminis kodas platinamas pagal MIT licenciją.',
  'footer.reviewed': 'Turinys paskutinį kartą patikrintas {date}',
  'footer.built': 'Puslapis sukurtas {date}',
  'external.newTab': '(atidaroma kita svetainė)',

  'home.title': 'Pateikite prieštaravimą, kad „Meta“ nenaudotų Jūsų įrašų DI mokyti',
  'home.description':
    '„Meta“ naudoja viešus „Facebook“ ir „Instagram“ įrašus iš ES ir EEE savo dirbtiniam intelektui mokyti, nebent pateiksite prieštaravimą. Sužinokite, kokia dabartinė padėtis ir kaip pateikti prieštaravimą.',
  'home.intro':
    '„Meta“ naudoja ES ir EEE gyvenančių suaugusiųjų viešus įrašus, nuotraukas ir komentarus savo dirbtiniam intelektui (DI) mokyti. Ji neprašo sutikimo, o remiasi „teisėtu interesu“. Jūs turite teisę nesutikti ir pateikti prieštaravimą.',
  'home.stepsHeading': 'Prieštaravimas trimis žingsniais',
  'home.step1': 'Naršyklėje prisijunkite prie „Facebook“ arba „Instagram“.',
  'home.step2':
    'Atidarykite oficialią prieštaravimo formą, pasirinkite savo šalį ir įveskite savo paskyros el. pašto adresą. Priežastį nurodyti neprivaloma.',
  'home.step3': 'Išsiųskite formą ir išsaugokite patvirtinimo el. laišką, kurį Jums atsiųs „Meta“.',
  'home.formsHeading': 'Oficialios formos',
  'home.noticesHeading': 'Ką sako institucijos',
  'home.noticesLink': 'Skaitykite duomenų apsaugos institucijų pranešimus',

  'form.facebook': '„Facebook“ prieštaravimo forma',
  'form.instagram': '„Instagram“ prieštaravimo forma',
  'form.destination': 'Atidaroma svetainė {host}',

  'status.heading': 'Dabartinė padėtis',
  'status.upcoming':
    '„Meta“ planuoja nuo {date} pradėti naudoti Jūsų viešus įrašus savo DI mokyti. Pateikite prieštaravimą iki tol, kad nė vienas Jūsų įrašas nebūtų panaudotas.',
  'status.paused': '„Meta“ sustabdė savo planą {date}, kai to paprašė Airijos duomenų apsaugos komisija.',
  'status.passed':
    '„Meta“ {date} pradėjo mokyti savo DI naudodama viešą „Facebook“ ir „Instagram“ turinį iš ES ir EEE. Prieštaravimą vis dar galite pateikti: jis apsaugo tai, ką paskelbsite po to.',

  'round.name': '{year} m. etapas',
  'rounds.heading': 'Abu etapai trumpai',
  'rounds.deadline': 'Terminas: {date}',
  'rounds.paused': '„Meta“ sustabdė {date}',
  'rounds.trainingStart': 'Mokymas pradėtas {date}',
  'rounds.source': 'Šaltinis: {source}',

  'state.upcoming': 'Vyksta',
  'state.urgent': 'Liko mažiau nei 48 valandos',
  'state.passed': 'Terminas pasibaigė',
  'state.paused': 'Sustabdyta',

  'countdown.heading': 'Prieštaravimo pateikimo terminas',
  'countdown.deadline': 'Pateikite prieštaravimą iki šio laiko: {datetime}.',
  'countdown.yourZone': 'Jūsų laiko juostoje ({zone}) tai yra {datetime}.',
  'countdown.asOfBuild': 'Būsena kuriant šį puslapį ({date}): {state}.',
  'countdown.passed': 'Terminas pasibaigė. Nuo to laiko praėjo {elapsed}.',
  'countdown.passedMeaning':
    'Jei pateiksite prieštaravimą dabar, tai, ką skelbsite nuo šiol, nebus naudojama mokymui. To, ką „Meta“ jau panaudojo, iš jos DI pašalinti nebeįmanoma.',
  'countdown.paused': '„Meta“ sustabdė šį etapą {date}, dar prieš pasibaigiant terminui.',
  'countdown.pausedMeaning':
    'Pasak „Meta“ ir Norvegijos duomenų apsaugos institucijos Datatilsynet, šio etapo metu pateikti prieštaravimai tebegalioja.',
  'countdown.announce': 'Prieštaravimui pateikti liko {duration}.',
  'countdown.clockWarning':
    'Jūsų įrenginio laikrodis rodo {now}, o tai yra anksčiau nei šio puslapio sukūrimo laikas ({built}). Jei Jūsų laikrodis rodo neteisingą laiką, šie skaičiai taip pat neteisingi.',
  'countdown.calendar': 'Įtraukite terminą į savo kalendorių (.ics failas)',
  'calendar.summary': 'Paskutinė diena pateikti prieštaravimą dėl „Meta“ DI mokymo',
  'calendar.description':
    'Iki šio laiko pateikite prieštaravimą per oficialias „Facebook“ ir „Instagram“ formas, kad „Meta“ nemokytų savo DI naudodama Jūsų viešus įrašus. Vadovas: {url}',
  'calendar.reminder': 'Priminimas: iki termino pabaigos pateikite prieštaravimą dėl „Meta“ DI mokymo',

  'notices.title': 'Ką sako duomenų apsaugos institucijos',
  'notices.description':
    'Hamburgo duomenų apsaugos institucijos, Norvegijos Datatilsynet ir klicksafe pranešimų apie „Meta“ DI mokymą santraukos.',
  'notices.intro':
    'Duomenų apsaugos institucijos ir saugaus interneto tarnybos paaiškino žmonėms, kaip ir kodėl pateikti prieštaravimą. Čia savais žodžiais perteikiame, ką sako kiekvienas pranešimas, ir pateikiame nuorodą į originalą.',
  'notice.authority': 'Institucija',
  'notice.published': 'Paskelbta',
  'notice.round': 'Etapas',
  'notice.source': 'Originalas',
  'notice.sourceLink': 'Skaityti originalų pranešimą',
  'notice.sourceHome': 'Paskelbta svetainėje {host}',
  'notice.sourceLanguage': 'Originalo kalba: {language}',
  'notice.ourSummary': 'Tai mūsų santrauka, o ne pačios institucijos tekstas.',
  'notice.backToList': 'Visi pranešimai',
  'notice.objectCta': 'Pateikite prieštaravimą dabar per oficialias formas',

  'nav.guide': 'Kaip pateikti prieštaravimą',
  'nav.timeline': 'Chronologija',
  'home.guideLink':
    'Skaitykite visą vadovą: visi žingsniai, tekstai, kuriuos galite naudoti, ir ką apima prieštaravimas',
  'notice.guideLink': 'Kaip pateikti prieštaravimą: žingsnis po žingsnio',
  'timeline.title': 'Kas ir kada įvyko',
  'timeline.description':
    '„Meta“ planų mokyti savo DI naudojant įrašus iš ES ir EEE datos – nuo pirmojo pranešimo 2024 m. iki mokymo pradžios 2025 m., kiekviena su šaltiniu.',
  'timeline.intro': 'Kiekviena čia nurodyta data paimta iš institucijos, teismo ar kito įvardyto šaltinio.',
  'timeline.deadline': 'Terminas',
  'timeline.notice': 'Mūsų šio pranešimo santrauka',

  'footer.embed': 'Įdėkite atgalinę laiko atskaitą į savo svetainę',
  'footer.feed': 'Naujienų srautas (RSS)',
  'footer.translations': 'Vertimų būsena',

  'embed.title': 'Įdėkite atgalinę laiko atskaitą į savo svetainę',
  'embed.description':
    'Nemokamas atgalinės laiko atskaitos valdiklis partnerių svetainėms: be slapukų, be sekimo, visomis šios svetainės kalbomis. Pasirinkite išvaizdą, nukopijuokite kodą ir įklijuokite jį į savo puslapį.',
  'embed.intro':
    'Vartotojų organizacijos, NVO, tinklaraščiai ir institucijos gali rodyti mūsų atgalinę laiko atskaitą savo puslapiuose. Ji atsinaujina pati: kai terminas pasibaigia, kiekviena valdiklio kopija paaiškina, ką prieštaravimas dar gali duoti.',
  'embed.optionsHeading': 'Pasirinkite išvaizdą',
  'embed.language': 'Kalba',
  'embed.theme': 'Spalvos',
  'embed.themeAuto': 'Pagal skaitytojo įrenginį',
  'embed.themeLight': 'Šviesios',
  'embed.themeDark': 'Tamsios',
  'embed.size': 'Dydis',
  'embed.sizeFull': 'Visas: skaičiai ir paaiškinimas',
  'embed.sizeCompact': 'Kompaktiškas: tik svarbiausia',
  'embed.previewHeading': 'Peržiūra',
  'embed.iframeHeading': 'Įterpimas naudojant iframe: veikia visur',
  'embed.iframeNote':
    'Naudokite šį būdą, jei Jūsų svetainė neleidžia scenarijų, kaip daugelis turinio valdymo sistemų.',
  'embed.scriptHeading': 'Įterpimas naudojant scenarijų: pritaiko aukštį',
  'embed.scriptNote':
    'Scenarijus nuorodą paverčia valdikliu ir palaiko tinkamą jo aukštį. Jei JavaScript neveikia, Jūsų skaitytojai mato nuorodą.',
  'embed.copy': 'Kopijuoti kodą',
  'embed.copied': 'Kodas nukopijuotas į iškarpinę.',
  'embed.copyFailed': 'Nepavyko nukopijuoti. Pažymėkite kodą ir nukopijuokite jį patys.',
  'embed.privacyHeading': 'Privatumas',
  'embed.privacy':
    'Valdiklis nenaudoja slapukų, nieko nesaugo naršyklėje, nieko neseka ir nesiunčia užklausų jokiam kitam serveriui. Jis veikia izoliuotame rėmelyje, kuris negali skaityti Jūsų puslapio.',
  'embed.licenceHeading': 'Licencija',
  'embed.licence': 'Valdiklį galite nemokamai naudoti bet kurioje svetainėje. Jo kodas platinamas pagal MIT licenciją.',
  'widget.title': 'Atgalinė laiko atskaita: pateikite prieštaravimą dėl „Meta“ DI mokymo',
  'widget.more': 'Kaip pateikti prieštaravimą',

  'share.heading': 'Bendrinkite šį puslapį',
  'share.native': 'Bendrinti…',
  'share.copyLink': 'Kopijuoti nuorodą',
  'share.copied': 'Nuoroda nukopijuota.',
  'share.copyFailed': 'Nepavyko nukopijuoti. Nukopijuokite adresą iš naršyklės adreso juostos.',
  'share.email': 'El. paštas',
  'share.mastodonServer': 'Jūsų Mastodon serveris',
  'share.mastodonHint': 'Pavyzdžiui, mastodon.social. Jis įsimenamas tik šioje naršyklėje.',
  'share.mastodonGo': 'Bendrinti per Mastodon',
  'share.mastodonInvalid': 'Įveskite serverio pavadinimą, pavyzdžiui, mastodon.social.',
  'share.textUpcoming':
    'Pateikite prieštaravimą prieš {date}, kad „Meta“ nemokytų savo DI naudodama Jūsų „Facebook“ ir „Instagram“ įrašus. Štai kaip tai padaryti:',
  'share.textPassed':
    '„Meta“ moko savo DI naudodama viešus „Facebook“ ir „Instagram“ įrašus. Prieštaravimą vis dar galite pateikti: jis apsaugo tai, ką skelbsite nuo šiol. Štai kaip tai padaryti:',
  'share.textPaused':
    '„Meta“ sustabdė savo planą mokyti DI naudojant „Facebook“ ir „Instagram“ įrašus. Štai kaip pateikti prieštaravimą, jei ji vėl pradėtų:',
  'og.imageAlt': '{title}. {status}',

  'feed.title': '{site}: naujienos',
  'feed.description': 'Nauji duomenų apsaugos institucijų pranešimai ir „Meta“ DI mokymo padėties pokyčiai.',
  'feed.roundAnnounced':
    '{year} m. etapas: „Meta“ skelbia mokysianti DI naudodama Jūsų įrašus; pateikite prieštaravimą prieš {date}',
  'feed.roundPaused': '{year} m. etapas: „Meta“ sustabdo savo planą',
  'feed.roundStarted': '{year} m. etapas: „Meta“ pradėjo mokyti savo DI',

  'translations.title': 'Vertimų būsena',
  'translations.description':
    'Kurie šios svetainės puslapiai išversti į kurias kalbas ir kuriuose kol kas rodomas tekstas anglų kalba.',
  'translations.intro':
    'Kiekvienas puslapis yra kiekviena kalba. Jei pranešimas dar neišverstas, jo puslapyje rodomas tekstas anglų kalba su pastaba viršuje.',
  'translations.language': 'Kalba',
  'translations.translated': 'Išversta',
  'translations.fallback': 'Kol kas anglų kalba',
  'translations.page': 'Puslapis',
  'fallback.notice': 'Šis tekstas dar neišverstas į {language} kalbą. Skaitote versiją anglų kalba.',

  'notFound.title': 'Puslapis nerastas',
  'notFound.description': 'Tokio puslapio nėra.',
  'notFound.body': 'Šiuo adresu puslapio nėra. Galbūt jis perkeltas arba nuorodoje yra rašybos klaida.',
  'notFound.home': 'Eiti į pradžios puslapį',
} as const satisfies UiStrings;
