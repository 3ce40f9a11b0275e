namespace Translation.Quality.Tests.Properties;

/// <summary>
/// Small rules of every kind with the options the built-in packs leave unused (groups and $1 in
/// messages, case folding, context words, respelling, repeats, optional elements), for every pair.
/// </summary>
public static class SyntheticPack
{
    public const string Yaml = """
        pack: synthetic
        target: en
        rules:
          - id: SYN_PATTERN
            kind: pattern
            class: test
            category: Fluency
            severity: minor
            message: "pattern '$1' then '$2'"
            suggestion: "$2 $1"
            pattern: '(\w+)\s+(\1)|(?<=\d)[,.](?=\d)|^\W+|\s+$|\p{Mn}+|[\u200B-\u200F]|[\uD800-\uDBFF]|[\uDC00-\uDFFF]\W'
            ignoreCase: true
          - id: SYN_PATTERN_GROUP
            kind: pattern
            class: test
            category: Fluency
            severity: minor
            message: group
            pattern: '(?:on|at)\s+(\d+)?(\w*)'
            group: 1
          - id: SYN_PHRASES
            kind: phrase-list
            class: test
            category: Fluency
            severity: minor
            message: phrase
            wholeWord: false
            ignoreCase: false
            phrases:
              - the
              - "number one"
              - é
              - "."
              - phrase: must
                message: modal
                suggestion: is due to
                notFollowedBy: [be, have]
                precededBy: [Un, minister, he]
                window: 3
              - phrase: actually
                notPrecededBy: [it, was]
          - id: SYN_REPEATED
            kind: repeated-word
            class: test
            category: Fluency
            severity: minor
            message: repeated
            exceptions: [had, that, the]
          - id: SYN_LOCALE
            kind: locale-format
            class: test
            category: Locale convention
            severity: minor
            message: locale
            checks: [date-slash-dmy, date-dotted-dmy, decimal-comma, thousands-dot, time-h, time-uhr, spaced-punctuation, guillemets]
          - id: SYN_TRANSLIT
            kind: source-transliteration
            class: test
            category: Terminology
            severity: minor
            message: transliteration
            lexicon: { Degtiarev: Degtyarev, Mantourov: Manturov, "Poutine": Putin }
            patterns: ['\bTsch\p{Ll}+', '\b\p{Lu}\p{Ll}*ou\b']
            respell: [['Tsch', 'Ch'], ['ou$', 'u'], ['(.)\1', '$1']]
            allow: [Tschad, Chou]
          - id: SYN_STRAY
            kind: fragment
            class: test
            category: Fluency
            severity: minor
            message: stray
            mode: stray
            maxWords: 3
            allow: [Russia]
          - id: SYN_VERBLESS
            kind: fragment
            class: test
            category: Fluency
            severity: minor
            message: verbless
            mode: verbless
            maxWords: 5
            verbs: [said, is, was, travel]
          - id: SYN_SPLIT_NAME
            kind: split-name
            class: test
            category: Fluency
            severity: minor
            message: split
            givenNames: [Yuri, Kim, Park]
            placeNouns: [factory, cosmodrome, plant]
            names: ["Yuri Gagarin", "Kim Jong Un", "Park Jin"]
            maxInserted: 6
          - id: SYN_DETACHED
            kind: detached-complement
            class: test
            category: Fluency
            severity: minor
            message: detached
            heads: [minister, director]
            verbs: [reacted, said]
          - id: SYN_TITLE_ORDER
            kind: title-order
            class: test
            category: Fluency
            severity: minor
            message: title
            titles: [minister, secretary]
            adjectives: [German, French, Russian]
          - id: SYN_GLOSS
            kind: translated-gloss
            class: test
            category: Accuracy
            severity: minor
            message: gloss
            glosses: [East, Centre, north]
          - id: SYN_MODAL
            kind: wrong-modal
            class: test
            category: Accuracy
            severity: minor
            message: modal
            modals: [must, should]
            verbs: [travel, continue, be held]
          - id: SYN_QUOTE
            kind: garbled-quote-intro
            class: test
            category: Fluency
            severity: minor
            message: quote
          - id: SYN_RELATIVE
            kind: relative-pronoun
            class: test
            category: Fluency
            severity: minor
            message: relative
            pronouns: [whom, who]
            personNouns: [minister, man]
            thingNouns: [factory, trip, press]
          - id: SYN_TOKENS
            kind: token-pattern
            class: test
            category: Fluency
            severity: minor
            message: "tokens {1}"
            pattern:
              - { pos: [DET, PRON], optional: true }
              - { word: [the, a], mark: true }
              - { shape: [capitalised, allcaps], repeat: { min: 0, max: 3 }, mark: true }
              - { regex: '\p{L}+', negate: true }
          - id: SYN_TOKENS_EDGES
            kind: token-pattern
            class: test
            category: Fluency
            severity: minor
            message: edges
            sentenceStart: true
            sentenceEnd: true
            pattern:
              - { kind: [word, number], repeat: { min: 1, max: 2 } }
              - { kind: punctuation, optional: true }
          - id: SYN_UNTRANSLATED
            kind: untranslated
            class: test
            category: Accuracy
            severity: major
            message: untranslated
            languages: [fr, de]
            minConfidence: 0.3
        """;
}
