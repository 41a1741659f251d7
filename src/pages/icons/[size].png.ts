import type { APIRoute } from 'astro';
import { appIconPng, ICON_SIZES } from '../../build/appIcon';

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(appIconPng(Number(params.size))), { headers: { 'Content-Type': 'image/png' } });
