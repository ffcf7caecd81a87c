/** What replaces a name, address or number an erasure removed, on screen and in every report. */
export const ERASED = '[erased]';
