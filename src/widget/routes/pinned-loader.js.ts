import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loaderReleases, releaseBytes } from '../loaderReleases';

/** Each released loader at /widget/{version}.js, exactly the bytes that were released. */
export const getStaticPaths = (() =>
  loaderReleases.map(({ version }) => ({ params: { version }, props: { version } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(new Uint8Array(releaseBytes(props.version)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
