import type { APIRoute } from 'astro';
import { scriptResponse } from '../bundleScript';

/** The script of the widget document, as a classic script a sandboxed frame can load without CORS. */
export const GET: APIRoute = () => scriptResponse('src/widget/frameScript.ts');
