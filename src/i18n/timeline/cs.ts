import type { TimelineTexts } from './en';

export const timelineCs: TimelineTexts = {
  'meta-notifies-2024':
    'Meta začíná informovat uživatele v EU o nových zásadách ochrany osobních údajů, které jí umožňují trénovat AI na jejich příspěvcích.',
  'complaints-2024':
    'Organizace noyb, která se zabývá ochranou soukromí, podává stížnosti u úřadů pro ochranu osobních údajů v 11 zemích. Stížnost podává i norská Spotřebitelská rada.',
  'hamburg-2024': 'Hamburský úřad pro ochranu osobních údajů doporučuje vznést námitku před 26. červnem 2024.',
  'meta-pauses-2024': 'Meta pozastavuje svůj plán na žádost irské Komise pro ochranu údajů. Komise rozhodnutí vítá.',
  'deadline-2024':
    'Poslední den pro námitku podle přísnějšího výkladu. Hamburský úřad pro ochranu osobních údajů doporučil vznést námitku před 26. červnem 2024; iniciativa klicksafe napsala do 26. června 2024, tedy o den později. Odpočet skončil se začátkem 26. června, aby každý, kdo se jím řídil, stihl termín podle obou výkladů.',
  'policy-date-2024':
    'Den, od kterého měly platit nové zásady ochrany osobních údajů společnosti Meta. Meta pozastavila své plány 14. června, ještě než jakékoli trénování začalo; iniciativa klicksafe upozornila, že námitku bylo možné vznést i po pozastavení.',
  'meta-announces-2025':
    'Meta oznamuje, že od 27. května 2025 bude trénovat svou AI na veřejném obsahu dospělých uživatelů v EU a EHP.',
  'hamburg-2025':
    'Hamburský úřad pro ochranu osobních údajů uvádí, že kdo chce vznést námitku, měl by tak učinit před koncem května 2025.',
  'vz-nrw-letter-2025':
    'Spotřebitelská organizace Verbraucherzentrale NRW zasílá společnosti Meta výzvu k upuštění od jednání.',
  'noyb-letter-2025': 'noyb zasílá společnosti Meta výzvu k upuštění od jednání a žádá odpověď do 21. května.',
  'dpc-statement-2025':
    'Irská Komise pro ochranu údajů uvádí, že Meta provedla změny, mimo jiné srozumitelnější oznámení, jednodušší formulář pro námitku a delší lhůtu mezi oznámením a zahájením zpracování.',
  'hamburg-urgency-2025': 'Hamburský úřad pro ochranu osobních údajů zahajuje naléhavé řízení podle článku 66 GDPR.',
  'court-cologne-2025':
    'Vrchní zemský soud v Kolíně nad Rýnem zamítá návrh Verbraucherzentrale NRW na zastavení trénování. Proti rozhodnutí se nelze odvolat.',
  'deadline-2025': 'Poslední den pro vznesení námitky před začátkem trénování.',
  'training-starts-2025':
    'Meta začíná trénovat svou AI na veřejném obsahu uživatelů v EU a EHP. Hamburský úřad rozhoduje, že nenařídí předběžná opatření.',
};
