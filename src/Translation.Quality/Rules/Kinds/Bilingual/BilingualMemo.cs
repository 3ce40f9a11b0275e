using System.Runtime.CompilerServices;
using Translation.Quality.Alignment;
using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// What the bilingual kinds work out about one article and share: its link views, the numbers of each
/// range, its source words folded for name matching, its content-word ratio. Kept beside the article's
/// <see cref="BilingualText"/> and gone with it; an article is checked by one worker at a time.
/// </summary>
internal sealed class BilingualMemo
{
    private static readonly ConditionalWeakTable<BilingualText, BilingualMemo> Table = [];

    private readonly Dictionary<(bool Source, int Start, int End), List<NumberMention>> _numbers = [];
    private readonly Dictionary<(bool Source, int Start, int End), int> _contentWords = [];
    private List<NumberMention>? _sourceNumbers;
    private List<NumberMention>? _targetNumbers;
    private List<(TextSpan Span, string Word, NameForm Form)>? _sourceNames;

    private BilingualMemo(RuleContext context)
    {
        Views = [.. LinkView.Compute(context)];
    }

    public IReadOnlyList<LinkView> Views { get; }

    /// <summary>Word links of a link view (by index, neighbours searched, name weight), shared by the omission and addition rules.</summary>
    public Dictionary<(int View, bool Neighbours, int NameWeight), PhraseAlignment> Phrases { get; } = [];

    /// <summary>The article's content-word ratio (see <see cref="ContentRatio.ArticleRatio"/>), once worked out.</summary>
    public double? Ratio { get; set; }

    public static BilingualMemo Of(RuleContext context) => Table.GetValue(context.Bilingual!, _ => new BilingualMemo(context));

    /// <summary>
    /// The numbers of a range of the source (<paramref name="source"/>) or of the article text: each side is read
    /// once, whole, and a range takes the mentions inside it (ranges overlap: a link, then its neighbours).
    /// </summary>
    public List<NumberMention> Numbers(RuleContext context, bool source, TextSpan range)
    {
        if (!_numbers.TryGetValue((source, range.Start, range.End), out var found))
        {
            var all = source
                ? _sourceNumbers ??= NumberReader.Read(context.Bilingual!.Source, 0, context.Bilingual.Source.Length, context.Bilingual.SourceLanguage)
                : _targetNumbers ??= NumberReader.Read(context.Text, 0, context.Text.Length, context.Article.TargetLanguage);
            found = all.FindAll(m => m.Start >= range.Start && m.End <= range.End);
            _numbers[(source, range.Start, range.End)] = found;
        }

        return found;
    }

    /// <summary>The content words of a range of the source or of the article text (see <see cref="ContentRatio.Count"/>), counted once.</summary>
    public int ContentWords(RuleContext context, bool source, TextSpan range)
    {
        if (!_contentWords.TryGetValue((source, range.Start, range.End), out var n))
        {
            n = source
                ? ContentRatio.Count(context.Bilingual!.Source, range, context.Bilingual.SourceLanguage)
                : ContentRatio.Count(context.Text, range, context.Article.TargetLanguage);
            _contentWords[(source, range.Start, range.End)] = n;
        }

        return n;
    }

    /// <summary>The source's words in a range (elisions cut, possessives and hyphens split), each with its folded forms.</summary>
    public List<(TextSpan Span, string Word, NameForm Form)> SourceWords(RuleContext context, TextSpan range, Func<string, TextSpan, List<TextSpan>> split)
    {
        var source = context.Bilingual!.Source;
        _sourceNames ??= [.. split(source, new TextSpan(0, source.Length)).Select(w =>
        {
            var word = BilingualWords.WithoutElision(source[w.Start..w.End]);
            return (w, word, NameForm.Of(word));
        })];

        // Words are in text order: a binary search finds the first one in range.
        int lo = 0, hi = _sourceNames.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sourceNames[mid].Span.Start < range.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var result = new List<(TextSpan, string, NameForm)>();
        for (var i = lo; i < _sourceNames.Count && _sourceNames[i].Span.Start < range.End; i++)
        {
            result.Add(_sourceNames[i]);
        }

        return result;
    }
}
