using Translation.Quality.Documents;

namespace Translation.Quality.Text;

/// <summary>
/// An article with its tokens and sentences. POS tags and sentence languages are computed on
/// demand, once, because most sentences never need them.
/// </summary>
public sealed class AnalyzedText
{
    private readonly IPosTagger? _tagger;
    private readonly ILanguageIdentifier? _languageIdentifier;
    private PosTag[]? _tags;
    private bool[]? _tagged;
    private LanguageGuess[]? _languages;
    private SentenceWordIndex? _words;

    public AnalyzedText(Article article, Token[] tokens, Sentence[] sentences, IPosTagger? tagger = null, ILanguageIdentifier? languageIdentifier = null)
    {
        Article = article;
        Tokens = tokens;
        Sentences = sentences;
        _tagger = tagger;
        _languageIdentifier = languageIdentifier;
    }

    public Article Article { get; }

    public string Text => Article.Text;

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    public bool HasTagger => _tagger is not null;

    public bool HasLanguageIdentifier => _languageIdentifier is not null;

    /// <summary>Which sentences may hold each word form, built on first use and shared by every rule.</summary>
    internal SentenceWordIndex Words => _words ??= SentenceWordIndex.Build(Text, Tokens, Sentences);

    /// <summary>
    /// The article's tag array indexed by token (not by position in the sentence), with the given
    /// sentence tagged: for matchers that walk absolute token indices without a copy per sentence.
    /// </summary>
    internal PosTag[] TagsByToken(int sentenceIndex)
    {
        _ = TagsOf(sentenceIndex);
        return _tags!;
    }

    public string TokenText(int index) => Tokens[index].GetText(Text);

    public ReadOnlySpan<char> TokenSpan(int index) => Tokens[index].Slice(Text);

    /// <summary>POS tags for a sentence's tokens (tagging it on first use).</summary>
    public ReadOnlySpan<PosTag> TagsOf(int sentenceIndex)
    {
        var sentence = Sentences[sentenceIndex];
        if (_tagger is null)
        {
            return ReadOnlySpan<PosTag>.Empty;
        }

        _tags ??= new PosTag[Tokens.Length];
        _tagged ??= new bool[Sentences.Length];
        if (!_tagged[sentenceIndex])
        {
            _tagger.Tag(Text, Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), _tags.AsSpan(sentence.FirstToken, sentence.TokenCount));
            _tagged[sentenceIndex] = true;
        }

        return _tags.AsSpan(sentence.FirstToken, sentence.TokenCount);
    }

    /// <summary>The POS tag of one token (tagging its sentence on first use); X without a tagger.</summary>
    public PosTag TagOf(int tokenIndex)
    {
        if (_tagger is null)
        {
            return PosTag.X;
        }

        var sentenceIndex = SentenceOfToken(tokenIndex);
        return TagsOf(sentenceIndex)[tokenIndex - Sentences[sentenceIndex].FirstToken];
    }

    /// <summary>The language of a sentence (identified on first use).</summary>
    public LanguageGuess LanguageOf(int sentenceIndex)
    {
        if (_languageIdentifier is null)
        {
            return new LanguageGuess(Article.TargetLanguage, 0);
        }

        _languages ??= new LanguageGuess[Sentences.Length];
        if (_languages[sentenceIndex].Language is null)
        {
            var s = Sentences[sentenceIndex];
            _languages[sentenceIndex] = _languageIdentifier.Identify(Text.AsSpan(s.Start, s.End - s.Start));
        }

        return _languages[sentenceIndex];
    }

    /// <summary>
    /// Untranslated runs (3+ words) of <paramref name="candidates"/> (default: the article's source
    /// language) inside a sentence, with offsets into the article text. Empty without an identifier.
    /// </summary>
    public IReadOnlyList<LanguageRun> ForeignRunsOf(int sentenceIndex, IEnumerable<string>? candidates = null)
    {
        if (_languageIdentifier is null)
        {
            return [];
        }

        var s = Sentences[sentenceIndex];
        var runs = _languageIdentifier.FindForeignRuns(Text.AsSpan(s.Start, s.End - s.Start), Article.TargetLanguage, candidates ?? [Article.SourceLanguage]);
        return runs.Count == 0 ? runs : [.. runs.Select(r => r.Offset(s.Start))];
    }

    /// <summary>Index of the sentence containing a token.</summary>
    public int SentenceOfToken(int tokenIndex)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (tokenIndex < s.FirstToken)
            {
                hi = mid - 1;
            }
            else if (tokenIndex >= s.EndToken)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return Math.Max(0, Math.Min(Sentences.Length - 1, lo));
    }

    /// <summary>Index of the sentence containing a character offset, or the nearest before it.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1, best = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Sentences[mid].Start <= offset)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best;
    }

    /// <summary>Index of the first token whose start is at or after an offset.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public static AnalyzedText Analyze(Article article, IPosTagger? tagger = null, ILanguageIdentifier? languageIdentifier = null)
    {
        var tokens = Tokenizer.Tokenize(article.Text);
        var sentences = SentenceSplitter.Split(article.Text, tokens);
        return new AnalyzedText(article, tokens, sentences, tagger, languageIdentifier);
    }
}
