import type { TimelineTexts } from './en';

export const timelineIs: TimelineTexts = {
  'meta-notifies-2024':
    'Meta byrjar að láta notendur í ESB vita af nýrri persónuverndarstefnu sem gerir fyrirtækinu kleift að þjálfa gervigreind sína á færslum þeirra.',
  'complaints-2024':
    'Persónuverndarsamtökin noyb leggja fram kvartanir hjá persónuverndaryfirvöldum í 11 löndum; norska neytendaráðið (Forbrukerrådet) kvartar líka.',
  'hamburg-2024': 'Persónuverndaryfirvaldið í Hamborg ráðleggur fólki að andmæla fyrir 26. júní 2024.',
  'meta-pauses-2024':
    'Meta gerir hlé á áformum sínum eftir að írska persónuverndarstofnunin (Data Protection Commission) fer fram á það. Stofnunin fagnar ákvörðuninni.',
  'deadline-2024':
    'Síðasti dagur til að andmæla samkvæmt strangari skilningnum. Persónuverndaryfirvaldið í Hamborg hvatti fólk til að andmæla fyrir 26. júní 2024; klicksafe skrifaði í síðasta lagi 26. júní 2024, degi síðar. Niðurtalningunni lauk þegar 26. júní hófst, svo að allir sem fylgdu henni væru í tæka tíð samkvæmt báðum skilningum.',
  'policy-date-2024':
    'Dagurinn sem ný persónuverndarstefna Meta átti að taka gildi. Meta hafði gert hlé á áformum sínum 14. júní, áður en nokkur þjálfun hófst; klicksafe benti á að áfram var hægt að andmæla eftir hléið.',
  'meta-announces-2025':
    'Meta tilkynnir að fyrirtækið muni þjálfa gervigreind sína á opinberu efni fullorðinna notenda í ESB og EES frá 27. maí 2025.',
  'hamburg-2025':
    'Persónuverndaryfirvaldið í Hamborg segir að hver sá sem vill andmæla ætti að gera það fyrir lok maí 2025.',
  'vz-nrw-letter-2025': 'Neytendasamtökin Verbraucherzentrale NRW senda Meta formlega kröfu um að láta af háttseminni.',
  'noyb-letter-2025':
    'noyb sendir Meta formlega kröfu um að láta af háttseminni og fer fram á svar eigi síðar en 21. maí.',
  'dpc-statement-2025':
    'Írska persónuverndarstofnunin (Data Protection Commission) segir að Meta hafi gert breytingar, meðal annars skýrari tilkynningar, einfaldara andmælaeyðublað og lengri fyrirvara.',
  'hamburg-urgency-2025':
    'Persónuverndaryfirvaldið í Hamborg hefur málsmeðferð í brýnum tilvikum samkvæmt 66. gr. almennu persónuverndarreglugerðarinnar (GDPR).',
  'court-cologne-2025':
    'Æðri héraðsdómstóllinn í Köln (Oberlandesgericht Köln) hafnar kröfu Verbraucherzentrale NRW um að þjálfunin verði stöðvuð. Ekki er hægt að áfrýja úrskurðinum.',
  'deadline-2025': 'Síðasti dagurinn til að andmæla áður en þjálfunin hefst.',
  'training-starts-2025':
    'Meta byrjar að þjálfa gervigreind sína á opinberu efni notenda í ESB og EES. Persónuverndaryfirvaldið í Hamborg ákveður að fyrirskipa ekki bráðabirgðaráðstafanir.',
};
