/*
 * The structure of the objection guide, as data: which steps make up the path for each platform and
 * each way (app or browser), which step carries which official form button and which tick, and
 * which source backs each line of "what an objection covers". The words live in
 * src/i18n/objection-guide/{locale}.json under the ids used here.
 */

const PLATFORMS = ['facebook', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];
/** What the reader picks: one platform, or both. */
export const PLATFORM_CHOICES = ['facebook', 'instagram', 'both'] as const;
export type PlatformChoice = (typeof PLATFORM_CHOICES)[number];
export const WAYS = ['app', 'browser'] as const;
export type Way = (typeof WAYS)[number];

/** The ticks a reader can set; each is kept under its id in this browser's storage. */
export const CHECKS = ['facebook-sent', 'instagram-sent', 'confirmation-kept'] as const;
export type CheckId = (typeof CHECKS)[number];

export type StepId =
  | 'open-form'
  | 'open-each-form'
  | 'open-form-app'
  | 'open-each-form-app'
  | 'what-the-form-asks'
  | 'send-form'
  | 'send-each-form'
  | 'security-code'
  | 'confirmation';

/** The sources behind the guide's steps, numbered as footnotes in this order. */
export const STEP_SOURCES = ['klicksafe-2024', 'datatilsynet-2025', 'hamburg-2025', 'press-reports'] as const;
export type StepSource = (typeof STEP_SOURCES)[number];

export interface PathStep {
  id: StepId;
  /** Official form buttons this step carries. */
  forms: readonly Platform[];
  /** Ticks that sit beside this step. */
  checks: readonly CheckId[];
  /** The ready texts for the reason field open in place under this step. */
  texts?: boolean;
  /** The in-app menus, offered under this step as the other way to the form. */
  appMenus?: readonly Platform[];
  /** The footnotes this step rests on. */
  sources: readonly StepSource[];
}

export interface ObjectionPath {
  /** "facebook-app", "both-browser": also the fragment that selects it (#path-facebook-app). */
  id: `${PlatformChoice}-${Way}`;
  choice: PlatformChoice;
  way: Way;
  platforms: readonly Platform[];
  steps: PathStep[];
}

const step = (id: StepId, extra: Partial<PathStep> = {}): PathStep => ({
  id,
  forms: [],
  checks: [],
  sources: [],
  ...extra,
});
const sentCheck = (platform: Platform): CheckId => `${platform}-sent`;

/**
 * The steps for one choice of platforms and way; no step is written twice. Every path opens the
 * official form first (in the app too: the form works in the phone's browser, and it is the
 * shortest way); the app's own menus follow as the other way, one level per line.
 */
export function objectionPath(choice: PlatformChoice, way: Way): ObjectionPath {
  const platforms = choice === 'both' ? PLATFORMS : [choice];
  const several = platforms.length > 1;
  const open =
    way === 'app' ? (several ? 'open-each-form-app' : 'open-form-app') : several ? 'open-each-form' : 'open-form';
  const steps = [
    step(open, {
      forms: platforms,
      sources: way === 'app' ? ['hamburg-2025', 'klicksafe-2024', 'press-reports'] : ['hamburg-2025', 'klicksafe-2024'],
      ...(way === 'app' ? { appMenus: platforms } : {}),
    }),
    step('what-the-form-asks', { texts: true, sources: ['klicksafe-2024', 'datatilsynet-2025'] }),
    step(several ? 'send-each-form' : 'send-form', { checks: platforms.map(sentCheck), sources: ['klicksafe-2024'] }),
    step('security-code', { sources: ['klicksafe-2024'] }),
    step('confirmation', { checks: ['confirmation-kept'], sources: ['klicksafe-2024'] }),
  ];
  return { id: `${choice}-${way}`, choice, way, platforms, steps };
}

/** Every path, single platforms first: without JavaScript these are all shown. */
export const OBJECTION_PATHS: ObjectionPath[] = WAYS.flatMap((way) =>
  PLATFORM_CHOICES.map((choice) => objectionPath(choice, way)),
);

/**
 * The path a reader arriving from one of the apps most likely needs: their in-app browser names
 * the app in its user agent (Facebook: FBAN/FBAV, Instagram: "Instagram").
 */
export function pathForUserAgent(userAgent: string): ObjectionPath['id'] | undefined {
  if (/\bInstagram\b/.test(userAgent)) return 'instagram-app';
  if (/FBAN|FBAV|FB_IAB/.test(userAgent)) return 'facebook-app';
  return undefined;
}

/**
 * How far an objection reaches, for one line of "what an objection covers":
 * `covered`: a source says the objection covers it;
 * `unclear`: a source says Meta uses it, and no source says that an objection stops that;
 * `not-covered`: the objection does not cover it, or Meta does not use it for this training anyway.
 */
export const COVERAGE_STATUSES = ['covered', 'unclear', 'not-covered'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export interface CoverageItem {
  id: 'public-content' | 'meta-ai-chats' | 'private-messages' | 'minors' | 'posts-by-others';
  status: CoverageStatus;
  /** The register entries the line rests on; for `covered`, those that say the objection covers it. */
  sources: readonly string[];
}

/** Each line of "what an objection covers", with the sources it rests on (ids of the source register). */
export const COVERAGE: readonly CoverageItem[] = [
  { id: 'public-content', status: 'covered', sources: ['datatilsynet-2025', 'hamburg-2025'] },
  // Datatilsynet: Meta uses what people type into its AI, at any age; no source says the form stops it.
  { id: 'meta-ai-chats', status: 'unclear', sources: ['datatilsynet-2025'] },
  { id: 'private-messages', status: 'not-covered', sources: ['klicksafe-2024'] },
  { id: 'minors', status: 'not-covered', sources: ['datatilsynet-2025'] },
  { id: 'posts-by-others', status: 'not-covered', sources: ['datatilsynet-2025'] },
];

/** The sources of the paragraphs under the coverage list, and the notice the third-party one links to. */
export const COVERAGE_NOTES = {
  accounts: { sources: ['datatilsynet-2025'] },
  whatsapp: { sources: ['press-reports'] },
  thirdParty: { sources: ['hamburg-2024'], notice: 'hamburg-2024' },
} as const;
