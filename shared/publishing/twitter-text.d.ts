/**
 * A narrow type for twitter-text 3.1.0, which ships no types (and @types/twitter-text is not installed).
 * Declares only what shared/publishing uses. The package is CommonJS for Node (`module.exports` is the
 * object below, hence `export =`) and ESM for bundlers (`export default` of the same object): a default
 * import works in both.
 */
declare module 'twitter-text' {
  type ParsedTweet = {
    /** The weighted length: URLs 23, CJK and emoji 2, others 1 (NFC-normalised text). */
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    /** Inclusive UTF-16 index in the NFC-normalised text. */
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  };
  type UrlEntity = { url: string; indices: [number, number] };
  const twitterText: {
    parseTweet(text: string): ParsedTweet;
    extractHashtags(text: string): string[];
    extractMentions(text: string): string[];
    extractUrlsWithIndices(text: string, options?: { extractUrlsWithoutProtocol?: boolean }): UrlEntity[];
    isValidHashtag(hashtag: string): boolean;
  };
  export = twitterText;
}
