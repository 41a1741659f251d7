import type { APIRoute } from 'astro';
import { scriptResponse } from '../bundleScript';

/** The loader partners put on their pages. */
export const GET: APIRoute = () => scriptResponse('src/widget/partnerLoader.ts');
