using System.Collections.Frozen;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: fragment</c> — what a wrong sentence split leaves behind. <c>mode: stray</c> flags a
/// "sentence" of one or two capitalised words ("…in the region. Brazil."); <c>mode: verbless</c>
/// flags a sentence whose main clause is only a noun phrase and a relative clause ("Italian press,
/// which called it a first."). Datelines, headlines (no full stop) and real short sentences
/// ("It did not.") are left alone. Uses POS tags when a tagger is present, word lists otherwise.
/// </summary>
internal sealed class FragmentRule : IRule
{
    private static readonly FrozenSet<string> Relatives = new[] { "which", "who", "whose", "whom", "where" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly bool _verbless;
    private readonly int _maxWords;
    private readonly FrozenSet<string> _allowed;
    private readonly FrozenSet<string> _verbs;

    private FragmentRule(RuleInfo info, bool verbless, int maxWords, FrozenSet<string> allowed, FrozenSet<string> verbs)
    {
        Info = info;
        _verbless = verbless;
        _maxWords = maxWords;
        _allowed = allowed;
        _verbs = verbs;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            if (_verbless)
            {
                CheckVerbless(context, s);
            }
            else
            {
                CheckStray(context, s);
            }
        }
    }

    private void CheckStray(RuleContext context, int s)
    {
        var analysis = context.Analysis;
        var text = context.Text;
        var sentence = analysis.Sentences[s];
        var tokens = analysis.Tokens;
        var last = tokens[sentence.EndToken - 1];
        if (text[last.Start] != '.' || last.Length != 1 || sentence.TokenCount < 2 || sentence.TokenCount - 1 > _maxWords)
        {
            return;
        }

        // A stray piece follows another sentence on the same line; a lone line is a heading or dateline.
        if (s == 0 || HasLineBreak(text, analysis.Sentences[s - 1].End, sentence.Start))
        {
            return;
        }

        for (var k = sentence.FirstToken; k < sentence.EndToken - 1; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || t.Shape is not (TokenShape.Capitalised or TokenShape.AllCaps) || _allowed.Contains(t.GetText(text)))
            {
                return;
            }

            if (analysis.HasTagger && analysis.TagOf(k) is PosTag.VERB or PosTag.AUX or PosTag.PRON or PosTag.INTJ)
            {
                return;
            }
        }

        context.Report(tokens[sentence.FirstToken].Start, tokens[sentence.EndToken - 2].End);
    }

    private void CheckVerbless(RuleContext context, int s)
    {
        var analysis = context.Analysis;
        var text = context.Text;
        var sentence = analysis.Sentences[s];
        var tokens = analysis.Tokens;
        var first = tokens[sentence.FirstToken];
        if (first.Kind != TokenKind.Word || first.Shape != TokenShape.Capitalised || _allowed.Contains(first.GetText(text)))
        {
            return;
        }

        // Noun phrase, comma, relative pronoun.
        var comma = -1;
        for (var k = sentence.FirstToken; k < sentence.EndToken && k - sentence.FirstToken <= _maxWords; k++)
        {
            if (text[tokens[k].Start] == ',' && tokens[k].Length == 1)
            {
                comma = k;
                break;
            }
        }

        if (comma <= sentence.FirstToken || comma + 1 >= sentence.EndToken || !Relatives.Contains(tokens[comma + 1].GetText(text)))
        {
            return;
        }

        for (var k = sentence.FirstToken; k < comma; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || LooksVerbal(analysis, k, text))
            {
                return;
            }
        }

        // A second comma usually closes the relative clause before the main verb: then all is well.
        for (var k = comma + 2; k < sentence.EndToken; k++)
        {
            var c = text[tokens[k].Start];
            if (tokens[k].Length == 1 && c is ',' or ';' or ':' or '"' or '\u201C' or '\u201D' or '\u2013' or '\u2014')
            {
                return;
            }
        }

        context.Report(first.Start, tokens[comma - 1].End);
    }

    private bool LooksVerbal(AnalyzedText analysis, int k, string text)
    {
        if (analysis.HasTagger)
        {
            return analysis.TagOf(k) is PosTag.VERB or PosTag.AUX or PosTag.PRON or PosTag.SCONJ;
        }

        // Without tags: listed verbs, and lower-case past forms after the first word ("rejected").
        var word = analysis.Tokens[k].GetText(text);
        return _verbs.Contains(word) || (k > 0 && analysis.Tokens[k].Shape == TokenShape.Lower && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    public sealed class Kind : IRuleKind
    {
        public string Name => "fragment";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context) =>
            FragmentOptions.Read(parameters) is { } options ? new FragmentRule(info, options.Verbless, options.MaxWords, options.Allowed, options.Verbs) : null;
    }
}
