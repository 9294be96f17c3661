/**
 * hls.js's light build (`hls.js/light`): the same API without subtitles, alternate audio tracks, DRM, CMCD,
 * content steering, variable substitution, interstitials and I-frame playlists. Its package ships no type file
 * for this entry, so it takes the full build's.
 */
declare module 'hls.js/light' {
  export * from 'hls.js';
  export { default } from 'hls.js';
}
