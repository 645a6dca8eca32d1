// espeak-ng ships no types: an Emscripten module factory (MODULARIZE + EXPORT_ES6).
declare module 'espeak-ng' {
  type EspeakModule = { FS: { readFile(path: string): Uint8Array } }
  export default function ESpeakNg(options: {
    arguments: string[]
    print?: (message: string) => void
    printErr?: (message: string) => void
  }): Promise<EspeakModule>
}
