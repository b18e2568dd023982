import { createContext, useContext } from 'react';
import { browserDecoder } from './decoder';
import type { MediaDecoder } from './prepareMedia';

/** The decoder attaching uses: the platform's, unless a test provides one (jsdom decodes nothing). */
export const MediaDecoderContext = createContext<MediaDecoder>(browserDecoder);

export const useMediaDecoder = (): MediaDecoder => useContext(MediaDecoderContext);
