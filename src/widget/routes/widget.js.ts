import type { APIRoute } from 'astro';
import { scriptResponse } from '../bundleScript';
import { LOADER_ENTRY } from '../loaderReleases';

/** The loader partners put on their pages. */
export const GET: APIRoute = () => scriptResponse(LOADER_ENTRY);
