// Types of ko-language-pack.mjs, for the TypeScript tests that import it.
export declare const KO_PACK_ID: string;
export declare function installKoreanLanguagePack(extensionsDir: string): void;
export declare function koreanLanguagePacksJson(extensionsDir: string): string;
