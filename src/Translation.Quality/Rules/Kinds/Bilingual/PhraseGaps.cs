using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>
/// The phrase-level gaps of one aligned pair (see <see cref="PhraseAlignment"/>): a run of target content words
/// nothing in the source supports (an addition) and a run of source content words nothing in the target renders
/// (an omission). Only where the rest of the pair is well linked (<c>minSupport</c>), so a loose or wrong
/// alignment stays quiet; glosses an agency adds (a bracket, a descriptor before a name, an apposition after one)
/// are no additions.
/// </summary>
internal static class PhraseGaps
{
    /// <summary>Target spans of added phrases.</summary>
    public static List<TextSpan> Added(RuleContext context, LinkView view, PhraseGapOptions options)
    {
        var (minWords, minSupport, edge, balance) = (options.RunWords, options.MinSupport, options.Edge, options.Balance);
        var result = new List<TextSpan>();
        if (Align(context, view, options.Neighbours, options.NameWeight) is not { } alignment)
        {
            return result;
        }

        var text = context.Text;
        var words = alignment.Target;
        foreach (var run in PhraseAlignment.Runs(words, minWords))
        {
            if (PhraseAlignment.Support(words, run) < minSupport || PhraseAlignment.Support(alignment.Source, WordRun.None) < minSupport)
            {
                continue;
            }

            // Names without counterpart are the names rule's business; and where the source has about as many words
            // left unlinked, the run is more likely their paraphrase than an addition.
            if (NamesOnly(words, run) || Unlinked(alignment.Source) >= balance * run.Count)
            {
                continue;
            }

            var span = new TextSpan(words[run.First].Span.Start, words[run.Last].Span.End);
            if ((edge && !Phrase(text, view.Target!.Value, words, run, slack: 0)) || InBrackets(text, view.Target!.Value.Start, span.Start) || BeforeName(text, words, run) || AfterName(text, view.Target!.Value.Start, words, run))
            {
                continue;
            }

            result.Add(span);
        }

        return result;
    }

    /// <summary>Source spans of omitted phrases, each with the target span where its rendering should be (the linked words either side).</summary>
    public static List<(TextSpan Target, TextSpan Source)> Omitted(RuleContext context, LinkView view, PhraseGapOptions options)
    {
        var (minWords, minSupport, edge, balance) = (options.RunWords, options.MinSupport, options.Edge, options.Balance);
        var result = new List<(TextSpan, TextSpan)>();
        if (Align(context, view, options.Neighbours, options.NameWeight) is not { } alignment)
        {
            return result;
        }

        var sourceText = context.Bilingual!.Source;
        var words = alignment.Source;
        foreach (var run in PhraseAlignment.Runs(words, minWords))
        {
            if (PhraseAlignment.Support(words, run) < minSupport || PhraseAlignment.Support(alignment.Target, WordRun.None) < minSupport)
            {
                continue;
            }

            // Where the target has about as many words nothing in the source accounts for, it more likely paraphrased the run.
            if (Unlinked(alignment.Target) >= balance * run.Count)
            {
                continue;
            }

            var span = new TextSpan(words[run.First].Span.Start, words[run.Last].Span.End);
            if ((edge && !Names(words, run) && !Phrase(sourceText, view.Source!.Value, words, run, slack: 1)) || InBrackets(sourceText, view.Source!.Value.Start, span.Start))
            {
                continue;
            }

            result.Add((Where(alignment, view.Target!.Value, run), span));
        }

        return result;
    }

    /// <summary>Whether names carry most of a run's weight: a dropped list of places or people is a phrase wherever it stands.</summary>
    private static bool Names(List<AlignedWord> words, WordRun run)
    {
        var weight = 0;
        for (var i = run.First; i <= run.Last; i++)
        {
            weight += words[i].Name && words[i].Known ? words[i].Weight : 0;
        }

        return 2 * weight > run.Count;
    }

    /// <summary>The content words of one side no link covers (numbers and acronyms aside).</summary>
    private static int Unlinked(List<AlignedWord> words)
    {
        var n = 0;
        foreach (var w in words)
        {
            n += !w.Linked && !w.Number && (w.Known || !w.Name) ? 1 : 0;
        }

        return n;
    }

    private static bool NamesOnly(List<AlignedWord> words, WordRun run)
    {
        for (var i = run.First; i <= run.Last; i++)
        {
            if (words[i].Known && !words[i].Name)
            {
                return false;
            }
        }

        return true;
    }

    private static PhraseAlignment? Align(RuleContext context, LinkView view, bool neighbours, int nameWeight)
    {
        if (view is not { Target: { } t, Source: { } s, WideTarget: { } wt, WideSource: { } ws, LowConfidence: false, Untranslated: false })
        {
            return null;
        }

        // Worked out once per view: the omission and addition rules read the same links.
        var phrases = BilingualMemo.Of(context).Phrases;
        if (!phrases.TryGetValue((view.Index, neighbours, nameWeight), out var alignment))
        {
            alignment = PhraseAlignment.Align(context, t, wt, s, ws, neighbours, nameWeight);
            phrases[(view.Index, neighbours, nameWeight)] = alignment;
        }

        return alignment;
    }

    /// <summary>
    /// Where an omitted source run should have been rendered: from the target word linked to the source word before
    /// it to the one linked to the word after it, else either of them, else the whole target.
    /// </summary>
    private static TextSpan Where(PhraseAlignment alignment, TextSpan target, WordRun run)
    {
        TextSpan? left = run.First > 0 && alignment.Source[run.First - 1].Partner is >= 0 and var l ? alignment.Target[l].Span : null;
        TextSpan? right = run.Last + 1 < alignment.Source.Count && alignment.Source[run.Last + 1].Partner is >= 0 and var r ? alignment.Target[r].Span : null;
        return (left, right) switch
        {
            ({ } a, { } b) when a.Start <= b.Start => new TextSpan(a.Start, b.End),
            ({ } a, _) => a,
            (_, { } b) => b,
            _ => target,
        };
    }

    /// <summary>
    /// Whether a run is a phrase of its own: it ends where its phrase ends (a clause break or the sentence's end
    /// before the next content word) and stays in one sentence. An added or dropped phrase is mostly a tail or an
    /// inserted clause; an unlinked stretch inside a phrase is mostly a paraphrase the dictionary does not know.
    /// </summary>
    private static bool Phrase(string text, TextSpan range, List<AlignedWord> words, WordRun run, int slack)
    {
        var end = words[run.Last].Span.End;
        var after = Math.Min(run.Last + 1 + slack, words.Count);
        var next = after < words.Count ? words[after].Span.Start : range.End;
        if (after < words.Count && ClauseBreaks.Next(text, end, next) == next && !SentenceEnd(text, end, next))
        {
            return false;
        }

        return !SentenceEnd(text, words[run.First].Span.Start, end);
    }

    private static bool SentenceEnd(string text, int from, int to)
    {
        for (var j = from; j < to - 1; j++)
        {
            if (text[j] is '.' or '!' or '?' && char.IsWhiteSpace(text[j + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an opening bracket before <paramref name="at"/> in its sentence is still open there.</summary>
    private static bool InBrackets(string text, int start, int at)
    {
        for (var j = at - 1; j >= start; j--)
        {
            if (text[j] is ')' or ']')
            {
                return false;
            }

            if (text[j] is '(' or '[')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A descriptor right before a linked name ("the French space agency CNES", "Lyon-based carmaker Renault"), or
    /// a name spelt out before its bracketed acronym ("the Nordic Rail Authority (NRA)").
    /// </summary>
    private static bool BeforeName(string text, List<AlignedWord> words, WordRun run)
    {
        var after = words[run.Last].Span.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (after + 2 < text.Length && text[after] == '(' && char.IsUpper(text[after + 1]) && char.IsUpper(text[after + 2]))
        {
            return true;
        }

        if (run.Last + 1 >= words.Count || words[run.Last + 1] is not { Linked: true } next || !char.IsUpper(text[next.Span.Start]))
        {
            return false;
        }

        // Only spaces between the run and the name.
        var gap = text.AsSpan(words[run.Last].Span.End, next.Span.Start - words[run.Last].Span.End);
        return gap.Trim().IsEmpty;
    }

    /// <summary>An apposition after a name, set off by a comma: "the Council of State, the highest court, ruled".</summary>
    private static bool AfterName(string text, int start, List<AlignedWord> words, WordRun run)
    {
        var j = words[run.First].Span.Start - 1;
        // Back over the run's leading function words ("the", "a") to the comma.
        while (j >= start && text[j] != ',')
        {
            if (text[j] is '.' or ';' or ':')
            {
                return false;
            }

            j--;
        }

        if (j < start || (run.First > 0 && words[run.First - 1].Span.End > j))
        {
            return false;
        }

        var k = j - 1;
        while (k >= start && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        if (k < start || !char.IsLetter(text[k]))
        {
            return false;
        }

        var w = k;
        while (w > start && (char.IsLetter(text[w - 1]) || text[w - 1] is '-' or '\''))
        {
            w--;
        }

        // The word before the comma is a name (capitalised, not the sentence's first), and the apposition closes with a comma or the sentence.
        var closes = ClauseBreaks.Next(text, words[run.Last].Span.End, text.Length) is var next && next < text.Length && text[next] == ',';
        return char.IsUpper(text[w]) && w > start && closes;
    }
}
